using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

/// <summary>
/// A patient of one clinic; the E.164 phone is unique within the clinic (not across clinics). An anonymised patient
/// keeps its id (its appointments and payments stay for the clinic's accounts) but no name, phone, email or date of birth.
/// </summary>
public sealed class Patient : ITenantOwned, IAudited, IVersioned
{
    public const int MaxNameLength = 200;
    public const string AnonymisedName = "Anonymised patient";

    private Patient()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    /// <summary>E.164; null only once the patient is anonymised.</summary>
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public DateTimeOffset? AnonymizedAt { get; private set; }
    public uint RowVersion { get; private set; }

    public bool IsAnonymized => AnonymizedAt is not null;

    public static Patient Register(PatientDetails details, DateTimeOffset now)
    {
        var patient = new Patient { Id = Guid.CreateVersion7(now) };
        patient.Apply(details);
        return patient;
    }

    /// <summary>
    /// Returns false when nothing changed. An anonymised patient is not given details again: the person, if they come
    /// back, is registered as a new patient, so the erased record never regains a link to them.
    /// </summary>
    public bool Update(PatientDetails details)
    {
        if (IsAnonymized)
        {
            throw new InvalidOperationException("An anonymised patient cannot be given details again.");
        }

        if (details == new PatientDetails(Name, Phone!, Email, DateOfBirth))
        {
            return false;
        }

        Apply(details);
        return true;
    }

    /// <summary>Erases the name, phone, email and date of birth; returns false when the patient already was anonymised.</summary>
    public bool Anonymize(DateTimeOffset now)
    {
        if (IsAnonymized)
        {
            return false;
        }

        Name = AnonymisedName;
        Phone = null;
        Email = null;
        DateOfBirth = null;
        AnonymizedAt = now;
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
