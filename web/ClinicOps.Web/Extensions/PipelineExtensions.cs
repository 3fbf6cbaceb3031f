using ClinicOps.Web.Auth;
using ClinicOps.Web.Components;
using ClinicOps.Web.Dashboard;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ClinicOps.Web.Extensions;

public static class PipelineExtensions
{
    public static WebApplication UseStaffWebApp(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // In every environment: a failure shows the error page with its trace id, never a stack trace.
        app.UseExceptionHandler("/error", createScopeForErrors: true);

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>/health (ready) and /alive (live), as every ClinicOps process answers them.</summary>
    public static WebApplication MapWebHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") }).AllowAnonymous();
        return app;
    }

    public static WebApplication MapStaffWebApp(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapAccountEndpoints();
        app.MapRevenueCsv();
        app.MapRazorComponents<App>();
        return app;
    }
}
