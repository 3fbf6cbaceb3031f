using ClinicOps.Reminders.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Reminders.Apis;

/// <summary>The clinic's reminder settings: anyone of the clinic reads them, only the owner changes them.</summary>
public static class ReminderSettingsApi
{
    public static IEndpointRouteBuilder MapReminderSettingsApi(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/api/reminders/settings").WithTag("Reminder settings", "When and how the clinic's automatic reminders are sent.")
            .ProducesProblems(StatusCodes.Status401Unauthorized);
        settings.MapGet("", GetReminderSettings)
            .WithSummary("Get the reminder settings")
            .WithDescription("Lead times, the default channel and follow-ups of the clinic's automatic reminders.");
        settings.MapPut("", UpdateReminderSettings)
            .WithRequestExample(new ReminderSettingsRequest([1440, 120], "email", 7, "call"))
            .WithSummary("Change the reminder settings")
            .WithDescription("Owner only: lead times in minutes, the default channel (email or sms), and follow-ups after N days by call, sms or email.").RequireAuthorization(Policies.Owner)
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<ReminderSettingsResponse>> GetReminderSettings([AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(ReminderSettingsResponse.From(await services.Settings.GetAsync(services.CancellationToken)));

    public static async Task<Ok<ReminderSettingsResponse>> UpdateReminderSettings(ReminderSettingsRequest request, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(ReminderSettingsResponse.From(await services.Settings.UpdateAsync(request, services.CancellationToken)));
}
