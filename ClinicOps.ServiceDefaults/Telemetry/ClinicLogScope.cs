using ClinicOps.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClinicOps.ServiceDefaults.Telemetry;

/// <summary>
/// Puts the caller's clinic id on every log line written while a request is handled (the trace and span ids come with
/// OpenTelemetry's logging), so one filter in the dashboard's Structured logs finds what happened to a clinic. Runs
/// after authentication, which is where the clinic becomes known; a request without a token logs without it. Only ids:
/// never a name, phone or email.
/// </summary>
internal sealed class ClinicLogScope(RequestDelegate next, ILogger<ClinicLogScope> logger)
{
    public const string ClinicIdField = "ClinicId";

    public async Task InvokeAsync(HttpContext context)
    {
        var clinicId = context.User.FindFirst(ClaimNames.ClinicId)?.Value;
        if (clinicId is null)
        {
            await next(context);
            return;
        }

        using (logger.BeginScope(new Dictionary<string, object> { [ClinicIdField] = clinicId }))
        {
            await next(context);
        }
    }
}
