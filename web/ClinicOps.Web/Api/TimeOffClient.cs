using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicOps.Web.Api;

public sealed class TimeOffClient(ApiClient api)
{
    /// <summary>The doctor's time off overlapping from–to (either end open), up to 100 stretches.</summary>
    public Task<ApiResult<Page<TimeOff>>> ListAsync(Guid doctorId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken) =>
        api.GetAsync<Page<TimeOff>>(QueryHelpers.AddQueryString($"/api/doctors/{doctorId}/time-off", Query.Of(
            ("from", from?.ToString("O", CultureInfo.InvariantCulture)), ("to", to?.ToString("O", CultureInfo.InvariantCulture)),
            ("pageSize", 100.ToString(CultureInfo.InvariantCulture)))), cancellationToken);

    public Task<ApiResult<TimeOff>> AddAsync(Guid doctorId, DateTimeOffset startsAt, DateTimeOffset endsAt, string? reason,
        CancellationToken cancellationToken) =>
        api.SendAsync<TimeOff>(HttpMethod.Post, $"/api/doctors/{doctorId}/time-off",
            new { startsAt, endsAt, reason = Blank.ToNull(reason) }, null, cancellationToken);

    public Task<ApiResult<NoContent>> DeleteAsync(Guid doctorId, Guid timeOffId, CancellationToken cancellationToken) =>
        api.SendAsync<NoContent>(HttpMethod.Delete, $"/api/doctors/{doctorId}/time-off/{timeOffId}", null, null, cancellationToken);
}
