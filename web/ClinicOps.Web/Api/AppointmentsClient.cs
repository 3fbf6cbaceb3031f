using Microsoft.AspNetCore.WebUtilities;

namespace ClinicOps.Web.Api;

/// <summary>Appointments: every change sends the version the page showed as If-Match, so a stale edit answers 412.</summary>
public sealed class AppointmentsClient(ApiClient api)
{
    public Task<ApiResult<Page<Appointment>>> ListAsync(AppointmentQuery query, CancellationToken cancellationToken) =>
        api.GetAsync<Page<Appointment>>(QueryHelpers.AddQueryString("/api/appointments", query.ToParameters()), cancellationToken);

    public Task<ApiResult<Appointment>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        api.GetAsync<Appointment>($"/api/appointments/{id}", cancellationToken);

    /// <summary>
    /// Every appointment matching the query, however many pages of 100 that takes (a calendar's day or week: one or two).
    /// </summary>
    public async Task<ApiResult<IReadOnlyList<Appointment>>> ListAllAsync(AppointmentQuery query, CancellationToken cancellationToken)
    {
        var all = new List<Appointment>();
        for (var page = 1; ; page++)
        {
            var result = await ListAsync(query with { Page = page, PageSize = 100 }, cancellationToken);
            if (!result.Succeeded)
            {
                return result.Problem;
            }

            all.AddRange(result.Value.Items);
            if (page >= result.Value.PageCount)
            {
                return new ApiResult<IReadOnlyList<Appointment>>(all, null);
            }
        }
    }

    public Task<ApiResult<Appointment>> BookAsync(NewAppointment booking, CancellationToken cancellationToken) =>
        api.SendAsync<Appointment>(HttpMethod.Post, "/api/appointments", booking.ToBody(), null, cancellationToken);

    public Task<ApiResult<Appointment>> RescheduleAsync(Guid id, DateTimeOffset startsAt, int durationMinutes, string etag,
        CancellationToken cancellationToken) =>
        api.SendAsync<Appointment>(HttpMethod.Patch, $"/api/appointments/{id}", new { startsAt, durationMinutes }, etag, cancellationToken);

    /// <summary>Blank notes clear them (the API takes "" as "no notes").</summary>
    public Task<ApiResult<Appointment>> EditNotesAsync(Guid id, string? notes, string etag, CancellationToken cancellationToken) =>
        api.SendAsync<Appointment>(HttpMethod.Patch, $"/api/appointments/{id}", new { notes = notes ?? "" }, etag, cancellationToken);

    public Task<ApiResult<Appointment>> CompleteAsync(Guid id, string etag, CancellationToken cancellationToken) =>
        api.SendAsync<Appointment>(HttpMethod.Post, $"/api/appointments/{id}/complete", null, etag, cancellationToken);

    public Task<ApiResult<Appointment>> CancelAsync(Guid id, string? reason, string etag, CancellationToken cancellationToken) =>
        api.SendAsync<Appointment>(HttpMethod.Post, $"/api/appointments/{id}/cancel", new { reason = Blank.ToNull(reason) }, etag,
            cancellationToken);

    public Task<ApiResult<Appointment>> MarkNoShowAsync(Guid id, string etag, CancellationToken cancellationToken) =>
        api.SendAsync<Appointment>(HttpMethod.Post, $"/api/appointments/{id}/no-show", null, etag, cancellationToken);

    public Task<ApiResult<NoContent>> DeleteAsync(Guid id, string etag, CancellationToken cancellationToken) =>
        api.SendAsync<NoContent>(HttpMethod.Delete, $"/api/appointments/{id}", null, etag, cancellationToken);
}
