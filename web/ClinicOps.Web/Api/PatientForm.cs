namespace ClinicOps.Web.Api;

/// <summary>The patient form as typed; the API normalises the phone and checks every field.</summary>
public sealed class PatientForm
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The version the form was filled from (sent as If-Match), so a stale edit is refused, not applied.</summary>
    public string? ETag { get; set; }

    public static PatientForm From(Patient patient, string? etag) => new()
    {
        ETag = etag,
        Name = patient.Name,
        Phone = patient.Phone,
        Email = patient.Email,
        DateOfBirth = patient.DateOfBirth,
    };

    public object ToBody() => new { name = Name, phone = Phone, email = Blank.ToNull(Email), dateOfBirth = DateOfBirth };
}
