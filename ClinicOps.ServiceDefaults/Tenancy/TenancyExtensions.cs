using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.ServiceDefaults.Tenancy;

public static class TenancyExtensions
{
    public static IServiceCollection AddTenantContext(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ITenantContext, TenantContext>();
        return services;
    }
}
