using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

/// <summary>A patient of one clinic; the E.164 phone is unique within the clinic (not across clinics).</summary>
public sealed class Patient : ITenantOwned, IAudited
{
    public const int MaxNameLength = 200;

    private Patient()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string? Email { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public uint RowVersion { get; private set; }

    public PatientDetails Details => new(Name, Phone, Email, DateOfBirth);

    public static Patient Register(PatientDetails details, DateTimeOffset now)
    {
        var patient = new Patient { Id = Guid.CreateVersion7(now) };
        patient.Apply(details);
        return patient;
    }

    /// <summary>Returns false when nothing changed.</summary>
    public bool Update(PatientDetails details)
    {
        if (details == Details)
        {
            return false;
        }

        Apply(details);
        return true;
    }

    private void Apply(PatientDetails details)
    {
        Name = details.Name;
        Phone = details.Phone;
        Email = details.Email;
        DateOfBirth = details.DateOfBirth;
    }
}
