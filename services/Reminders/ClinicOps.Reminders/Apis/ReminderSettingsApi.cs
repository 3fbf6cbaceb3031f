using ClinicOps.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Reminders.Apis;

/// <summary>The clinic's reminder settings: anyone of the clinic reads them, only the owner changes them.</summary>
public static class ReminderSettingsApi
{
    public static IEndpointRouteBuilder MapReminderSettingsApi(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/api/reminders/settings").WithTags("Reminder settings");
        settings.MapGet("", GetSettings);
        settings.MapPut("", UpdateSettings).RequireAuthorization(Policies.Owner);
        return app;
    }

    public static async Task<Ok<ReminderSettingsResponse>> GetSettings([AsParameters] ReminderApiServices services, CancellationToken ct) =>
        TypedResults.Ok(ReminderSettingsResponse.From(await services.Settings.GetAsync(ct)));

    public static async Task<Ok<ReminderSettingsResponse>> UpdateSettings(ReminderSettingsRequest request,
        [AsParameters] ReminderApiServices services, CancellationToken ct) =>
        TypedResults.Ok(ReminderSettingsResponse.From(await services.Settings.UpdateAsync(request, ct)));
}
