using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

public sealed class Doctor : ITenantOwned, IAudited, IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxSpecializationLength = 100;

    private Doctor()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    public string Specialization { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    /// <summary>The staff user this doctor signs in as, a user of the same clinic.</summary>
    public Guid? UserId { get; private set; }
    public uint RowVersion { get; private set; }

    public DoctorDetails Details => new(Name, Specialization, Email, Phone, UserId);

    public static Doctor Register(DoctorDetails details, DateTimeOffset now)
    {
        var doctor = new Doctor { Id = Guid.CreateVersion7(now) };
        doctor.Apply(details);
        return doctor;
    }

    /// <summary>Returns false when nothing changed.</summary>
    public bool Update(DoctorDetails details)
    {
        if (details == Details)
        {
            return false;
        }

        Apply(details);
        return true;
    }

    /// <summary>The linked user left the clinic: the doctor stays, without a login.</summary>
    public void UnlinkUser() => UserId = null;

    private void Apply(DoctorDetails details)
    {
        Name = details.Name;
        Specialization = details.Specialization;
        Email = details.Email;
        Phone = details.Phone;
        UserId = details.UserId;
    }
}
