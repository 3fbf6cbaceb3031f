using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicOps.Web.Api;

/// <summary>Free slots on the clinic's slot grid, for "next free 30 minutes with Dr X".</summary>
public sealed class AvailabilityClient(ApiClient api)
{
    /// <summary>The API's longest search: 31 days, both dates included.</summary>
    public const int MaxDays = 31;

    /// <param name="doctorId">One doctor, or null for all.</param>
    /// <param name="from">The first day, in the clinic's zone.</param>
    /// <param name="to">The last day (included), at most 30 days after <paramref name="from"/>.</param>
    public Task<ApiResult<FreeSlots>> FindAsync(Guid? doctorId, DateOnly from, DateOnly to, int durationMinutes,
        CancellationToken cancellationToken) =>
        api.GetAsync<FreeSlots>(QueryHelpers.AddQueryString("/api/availability", Query.Of(
            ("doctorId", doctorId?.ToString()),
            ("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("durationMinutes", durationMinutes.ToString(CultureInfo.InvariantCulture)))), cancellationToken);
}
