using System.Globalization;

namespace ClinicOps.Web.Api;

/// <summary>`?from=&amp;to=&amp;doctorId=&amp;patientId=&amp;status=&amp;page=&amp;pageSize=` of GET /api/appointments.</summary>
public sealed record AppointmentQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    Guid? DoctorId = null,
    Guid? PatientId = null,
    string? Status = null,
    int Page = 1,
    int PageSize = 25)
{
    public Dictionary<string, string?> ToParameters() => Query.Of(
        ("from", From?.ToString("O", CultureInfo.InvariantCulture)),
        ("to", To?.ToString("O", CultureInfo.InvariantCulture)),
        ("doctorId", DoctorId?.ToString()),
        ("patientId", PatientId?.ToString()),
        ("status", Blank.ToNull(Status)),
        ("page", Page.ToString(CultureInfo.InvariantCulture)),
        ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)));
}
