using System.Globalization;

namespace ClinicOps.Web.Api;

/// <summary>`?status=&amp;type=&amp;purpose=&amp;dueBefore=&amp;page=&amp;pageSize=` of GET /api/reminders.</summary>
public sealed record ReminderQuery(
    string? Status = null,
    string? Type = null,
    string? Purpose = null,
    DateTimeOffset? DueBefore = null,
    int Page = 1,
    int PageSize = 100)
{
    public Dictionary<string, string?> ToParameters() => Query.Of(
        ("status", Blank.ToNull(Status)),
        ("type", Blank.ToNull(Type)),
        ("purpose", Blank.ToNull(Purpose)),
        ("dueBefore", DueBefore?.ToString("O", CultureInfo.InvariantCulture)),
        ("page", Page.ToString(CultureInfo.InvariantCulture)),
        ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)));
}
