using System.Globalization;

namespace ClinicOps.Web.Api;

/// <summary>`?status=&amp;from=&amp;to=&amp;page=&amp;pageSize=` of GET /api/payments (the range is on when a payment was recorded; to is exclusive).</summary>
public sealed record PaymentQuery(string? Status = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 1, int PageSize = 25)
{
    public Dictionary<string, string?> ToParameters() => Query.Of(
        ("status", Blank.ToNull(Status)),
        ("from", From?.ToString("O", CultureInfo.InvariantCulture)),
        ("to", To?.ToString("O", CultureInfo.InvariantCulture)),
        ("page", Page.ToString(CultureInfo.InvariantCulture)),
        ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)));
}
