namespace ClinicOps.Web.Api;

public sealed class DoctorForm
{
    public string? Name { get; set; }
    public string? Specialization { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>The staff account linked to the doctor; the form keeps it as it is.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The version the form was filled from (sent as If-Match).</summary>
    public string? ETag { get; set; }

    public static DoctorForm From(Doctor doctor, string? etag) => new()
    {
        ETag = etag,
        Name = doctor.Name,
        Specialization = doctor.Specialization,
        Email = doctor.Email,
        Phone = doctor.Phone,
        UserId = doctor.UserId,
    };

    public object ToBody() => new
    {
        name = Name,
        specialization = Specialization,
        email = Blank.ToNull(Email),
        phone = Blank.ToNull(Phone),
        userId = UserId,
    };
}
