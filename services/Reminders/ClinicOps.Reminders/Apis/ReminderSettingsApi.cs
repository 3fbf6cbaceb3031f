using ClinicOps.Reminders.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Reminders.Apis;

/// <summary>The clinic's reminder settings: anyone of the clinic reads them, only the owner changes them.</summary>
public static class ReminderSettingsApi
{
    public static IEndpointRouteBuilder MapReminderSettingsApi(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/api/reminders/settings").WithTags("Reminder settings")
            .ProducesProblems(StatusCodes.Status401Unauthorized);
        settings.MapGet("", GetSettings);
        settings.MapPut("", UpdateSettings).RequireAuthorization(Policies.Owner)
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<ReminderSettingsResponse>> GetSettings([AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(ReminderSettingsResponse.From(await services.Settings.GetAsync(services.CancellationToken)));

    public static async Task<Ok<ReminderSettingsResponse>> UpdateSettings(ReminderSettingsRequest request, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(ReminderSettingsResponse.From(await services.Settings.UpdateAsync(request, services.CancellationToken)));
}
