using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Infrastructure.EntityConfigurations;
using ClinicOps.Identity.Services;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Auth.Access;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicOps.Identity.Extensions;

public static class Extensions
{
    public const string ServiceName = "identity";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // Not pooled: the context takes the scoped tenant in its constructor.
        builder.AddServiceDatabase<IdentityDbContext>(ServiceName);
        services.AddHostedService<StartupWarmUp>();
        builder.AddMessaging<IdentityDbContext>(ServiceName);
        // Identity records user access itself, in the transaction of each change (UserAccessRecorder): no consumer.
        builder.AddUserAccessCheck<IdentityDbContext>();
        services.AddConstraintMessage(UserConfiguration.EmailIndex, UserDirectory.EmailTaken);

        services.AddOptions<IdentitySettings>()
            .Bind(builder.Configuration.GetSection(IdentitySettings.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<JwtSettings>, JwtSigningSettingsValidator>();
        services.AddOptions<JwtSettings>().ValidateOnStart();

        services.AddSingleton<CommonPasswords>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<PasswordHasher>();
        services.AddSingleton<SigningKey>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IdentityMetrics>();

        services.AddScoped<UserDirectory>();
        services.AddScoped<LoginThrottle>();
        services.AddScoped<SessionIssuer>();
        services.AddScoped<SignUpService>();
        services.AddScoped<AuthService>();
        services.AddScoped<ClinicService>();
        services.AddScoped<UserService>();
        services.AddScoped<ClinicLock>();
        services.AddScoped<UserAccessRecorder>();
        services.AddScoped<AccountService>();
        return builder;
    }
}
