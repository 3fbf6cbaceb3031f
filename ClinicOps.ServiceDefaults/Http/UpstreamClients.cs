using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClinicOps.ServiceDefaults.Http;

/// <summary>
/// Typed HTTP clients for another service's API, asked only when an event has not arrived yet. The caller's own
/// token is forwarded (<see cref="ForwardAuthorizationHandler"/>), so the other service applies the caller's clinic
/// and role. The address is configurable under <c>configurationKey</c>; by default service discovery resolves it.
/// </summary>
public static class UpstreamClients
{
    public static IHostApplicationBuilder AddUpstreamClient<TClient>(this IHostApplicationBuilder builder, string configurationKey,
        string defaultAddress)
        where TClient : class
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<ForwardAuthorizationHandler>();
        builder.Services.AddHttpClient<TClient>((sp, http) => http.BaseAddress =
                new Uri(sp.GetRequiredService<IConfiguration>()[configurationKey] ?? defaultAddress))
            .AddHttpMessageHandler<ForwardAuthorizationHandler>();
        return builder;
    }
}
