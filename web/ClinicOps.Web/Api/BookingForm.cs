namespace ClinicOps.Web.Api;

/// <summary>
/// The booking form: a doctor, an appointment type (which brings its length and price), a start as a date and a time in
/// the clinic's zone, the length, a patient (found by search, or typed in as new), notes, and — for owners and
/// receptionists — "allow outside hours".
/// </summary>
public sealed class BookingForm
{
    public const int DefaultDurationMinutes = 30;

    private PatientForm newPatient = new();

    public Guid? DoctorId { get; set; }
    public Guid? AppointmentTypeId { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }
    public int DurationMinutes { get; set; } = DefaultDurationMinutes;

    /// <summary>The patient chosen from a search (or just created from <see cref="NewPatient"/>).</summary>
    public Patient? Patient { get; set; }

    /// <summary>True while a new patient is typed in instead of searched for.</summary>
    public bool AddingNewPatient { get; set; }

    /// <summary>Never null: an empty one until a new patient is typed in.</summary>
    public PatientForm NewPatient
    {
        get => newPatient;
        set => newPatient = value ?? new PatientForm();
    }

    public string? Notes { get; set; }
    public bool AllowOutsideHours { get; set; }

    /// <summary>The API's field names where this form names them differently.</summary>
    public static readonly IReadOnlyDictionary<string, string> ApiFields = new Dictionary<string, string>
    {
        ["startsAt"] = nameof(Date),
        ["patientId"] = nameof(Patient),
    };

    /// <summary>What can be told before asking the API: a missing choice.</summary>
    public ApiProblem? MissingChoices()
    {
        var errors = new Dictionary<string, string[]>();
        if (DoctorId is null)
        {
            errors[nameof(DoctorId)] = ["Choose a doctor."];
        }

        if (Patient is null && !AddingNewPatient)
        {
            errors[nameof(Patient)] = ["Choose a patient, or add a new patient."];
        }

        if (Date is null || Time is null)
        {
            errors[nameof(Date)] = ["Choose the date and the time."];
        }

        return errors.Count == 0 ? null : new ApiProblem(400, "Some details are missing", null, null, errors);
    }

    /// <summary>Sets the length to the chosen type's (or the API's default without a type).</summary>
    public void ChooseType(AppointmentType? type)
    {
        AppointmentTypeId = type?.Id;
        DurationMinutes = type?.DurationMinutes ?? DefaultDurationMinutes;
    }
}
