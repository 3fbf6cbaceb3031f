using System.Globalization;
using ClinicOps.Web.Api;
using ClinicOps.Web.Auth;
using ClinicOps.Web.Clinic;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClinicOps.Web.Extensions;

public static class Extensions
{
    /// <summary>Configuration key of the folder Data Protection keeps its keys in (the AppHost passes one under the app's data folder).</summary>
    public const string KeysDirectoryKey = "DataProtection:KeysDirectory";

    private const string GatewayUrlKey = "Gateway:Url";
    private static readonly TimeSpan ApiTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Telemetry and health from ClinicOps.ServiceDefaults, without its token validation, tenancy and ProblemDetails:
    /// the web app serves pages to browsers with a cookie sign-in, not an API.
    /// </summary>
    public static IHostApplicationBuilder AddWebDefaults(this IHostApplicationBuilder builder)
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        return builder;
    }

    public static IHostApplicationBuilder AddStaffWebApp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddSessionCookie();
        builder.AddApiClients();
        builder.Services.AddScoped(services => ClinicClock.For(
            services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new(), services.GetRequiredService<TimeProvider>()));

        // Only the gateway talks to the web app; its X-Forwarded-* headers carry the browser's address, scheme and host.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            // Dates and numbers in the browser's own format (Accept-Language); texts stay English.
            var cultures = CultureInfo.GetCultures(CultureTypes.SpecificCultures);
            options.DefaultRequestCulture = new RequestCulture("en-GB");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = [new CultureInfo("en-GB")];
        });
        return builder;
    }

    private static void AddSessionCookie(this IHostApplicationBuilder builder)
    {
        var keys = builder.Configuration[KeysDirectoryKey];
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("ClinicOps.Web");
        if (!string.IsNullOrWhiteSpace(keys))
        {
            // Shared and kept across restarts: a restart or a second replica must read the same cookies and antiforgery tokens.
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        builder.Services.AddSingleton<TokenRefresher>();
        builder.Services.AddScoped<SessionCookieEvents>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = SessionCookie.Name;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/signin";
                options.AccessDeniedPath = "/not-allowed";
                options.ReturnUrlParameter = "returnUrl";
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.EventsType = typeof(SessionCookieEvents);
            });
        builder.Services.AddAuthorization();
    }

    private static void AddApiClients(this IHostApplicationBuilder builder)
    {
        var gateway = new Uri(builder.Configuration[GatewayUrlKey] ?? "http://gateway");
        builder.Services.AddTransient<ForwardedForHandler>();
        builder.Services.AddTransient<AccessTokenHandler>();

        builder.Services.AddHttpClient<AuthClient>(http => Configure(http, gateway))
            .AddServiceDiscovery()
            .AddHttpMessageHandler<ForwardedForHandler>();
        builder.Services.AddHttpClient<ApiClient>(http => Configure(http, gateway))
            .AddServiceDiscovery()
            .AddHttpMessageHandler<ForwardedForHandler>()
            .AddHttpMessageHandler<AccessTokenHandler>();
        builder.Services.AddScoped<PatientsClient>();
        builder.Services.AddScoped<DoctorsClient>();
        builder.Services.AddScoped<AppointmentsClient>();
        builder.Services.AddScoped<PaymentsClient>();
        builder.Services.AddScoped<RemindersClient>();
        builder.Services.AddScoped<DashboardClient>();
        builder.Services.AddScoped<UsersClient>();
        builder.Services.AddScoped<ClinicClient>();
        builder.Services.AddScoped<AccountClient>();
    }

    // No automatic retries: a retried POST could book twice. The gateway answers within its own 15 s deadline.
    private static void Configure(HttpClient http, Uri gateway)
    {
        http.BaseAddress = gateway;
        http.Timeout = ApiTimeout;
    }
}
