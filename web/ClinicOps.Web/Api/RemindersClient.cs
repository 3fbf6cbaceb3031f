using Microsoft.AspNetCore.WebUtilities;

namespace ClinicOps.Web.Api;

public sealed class RemindersClient(ApiClient api)
{
    public Task<ApiResult<List<Reminder>>> ListForAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        api.GetAsync<List<Reminder>>($"/api/appointments/{appointmentId}/reminders", cancellationToken);

    public Task<ApiResult<Reminder>> AddAsync(Guid appointmentId, string type, string purpose, DateTimeOffset sendAt, string? note,
        CancellationToken cancellationToken) =>
        api.SendAsync<Reminder>(HttpMethod.Post, $"/api/appointments/{appointmentId}/reminders",
            new { type, purpose, sendAt, note = Blank.ToNull(note) }, null, cancellationToken);

    public Task<ApiResult<Page<Reminder>>> ListAsync(ReminderQuery query, CancellationToken cancellationToken) =>
        api.GetAsync<Page<Reminder>>(QueryHelpers.AddQueryString("/api/reminders", query.ToParameters()), cancellationToken);

    public Task<ApiResult<Reminder>> CancelAsync(Guid id, CancellationToken cancellationToken) =>
        api.SendAsync<Reminder>(HttpMethod.Post, $"/api/reminders/{id}/cancel", null, null, cancellationToken);

    /// <summary>Records a call: made (mark-sent) or the patient could not be reached (mark-failed), with an optional note.</summary>
    public Task<ApiResult<Reminder>> RecordCallAsync(Guid id, bool reached, string? note, CancellationToken cancellationToken) =>
        api.SendAsync<Reminder>(HttpMethod.Post, $"/api/reminders/{id}/{(reached ? "mark-sent" : "mark-failed")}",
            new { note = Blank.ToNull(note) }, null, cancellationToken);

    public Task<ApiResult<ReminderSettings>> GetSettingsAsync(CancellationToken cancellationToken) =>
        api.GetAsync<ReminderSettings>("/api/reminders/settings", cancellationToken);

    public Task<ApiResult<ReminderSettings>> SaveSettingsAsync(object body, CancellationToken cancellationToken) =>
        api.SendAsync<ReminderSettings>(HttpMethod.Put, "/api/reminders/settings", body, null, cancellationToken);
}
