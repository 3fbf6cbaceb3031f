namespace ClinicOps.Web.Api;

/// <summary>
/// Time off as typed: from a date (and time, else the start of that day) until a date (and time, else the end of that
/// day), in the clinic's zone, with an optional reason.
/// </summary>
public sealed class TimeOffForm
{
    public DateOnly? StartDate { get; set; }
    public TimeOnly? StartTime { get; set; }
    public DateOnly? EndDate { get; set; }
    public TimeOnly? EndTime { get; set; }
    public string? Reason { get; set; }

    public static readonly IReadOnlyDictionary<string, string> ApiFields = new Dictionary<string, string>
    {
        ["startsAt"] = nameof(StartDate),
        ["endsAt"] = nameof(EndDate),
    };

    public ApiProblem? MissingDates()
    {
        var errors = new Dictionary<string, string[]>();
        if (StartDate is null)
        {
            errors[nameof(StartDate)] = ["Choose the first day off."];
        }

        if (EndDate is null)
        {
            errors[nameof(EndDate)] = ["Choose the last day off."];
        }

        return errors.Count == 0 ? null : new ApiProblem(400, "Some details are missing", null, null, errors);
    }

    public (DateTimeOffset StartsAt, DateTimeOffset EndsAt) Instants(Clinic.ClinicClock clock) =>
    (
        clock.ToInstant(StartDate!.Value, StartTime ?? TimeOnly.MinValue),
        EndTime is { } end ? clock.ToInstant(EndDate!.Value, end) : clock.StartOf(EndDate!.Value.AddDays(1))
    );
}
