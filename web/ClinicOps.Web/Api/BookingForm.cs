namespace ClinicOps.Web.Api;

/// <summary>
/// The booking form: a doctor, an existing patient (found by search) or a new one typed in, and a start as a date and a
/// time in the clinic's zone.
/// </summary>
public sealed class BookingForm
{
    public const string Find = "find";
    public const string ChangePatient = "change-patient";
    public const string Book = "book";

    private PatientForm newPatient = new();

    public Guid? DoctorId { get; set; }
    public Guid? PatientId { get; set; }
    public string? PatientSearch { get; set; }
    /// <summary>Never null: a post that carries no new-patient fields (one was already chosen) means an empty one.</summary>
    public PatientForm NewPatient
    {
        get => newPatient;
        set => newPatient = value ?? new PatientForm();
    }

    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }
    public int DurationMinutes { get; set; } = 30;
    public string? Notes { get; set; }

    /// <summary>Which submit button was pressed: find patients, change the chosen patient, or book.</summary>
    public string? Command { get; set; }

    public bool HasNewPatient => !string.IsNullOrWhiteSpace(NewPatient.Name) || !string.IsNullOrWhiteSpace(NewPatient.Phone);

    /// <summary>The API's field names where this form names them differently.</summary>
    public static readonly IReadOnlyDictionary<string, string> ApiFields = new Dictionary<string, string>
    {
        ["startsAt"] = nameof(Date),
        ["durationMinutes"] = nameof(DurationMinutes),
    };

    /// <summary>What can be told before asking the API: a missing choice.</summary>
    public ApiProblem? MissingChoices()
    {
        var errors = new Dictionary<string, string[]>();
        if (DoctorId is null)
        {
            errors[nameof(DoctorId)] = ["Choose a doctor."];
        }

        if (PatientId is null && !HasNewPatient)
        {
            errors[nameof(PatientId)] = ["Choose a patient, or enter a new patient's name and phone."];
        }

        if (Date is null || Time is null)
        {
            errors[nameof(Date)] = ["Choose the date and the time."];
        }

        return errors.Count == 0 ? null : new ApiProblem(400, "Some details are missing", null, null, errors);
    }
}
