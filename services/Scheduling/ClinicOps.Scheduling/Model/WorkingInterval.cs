using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

/// <summary>One interval of a doctor's weekly working hours, as stored (a row of <see cref="WeeklyHours"/>).</summary>
public sealed class WorkingInterval : ITenantOwned, IAudited
{
    private WorkingInterval()
    {
    }

    public Guid ClinicId { get; set; }
    public Guid DoctorId { get; private set; }
    /// <summary>ISO 8601 day number: 1 = Monday … 7 = Sunday.</summary>
    public int Day { get; private set; }
    public int StartMinute { get; private set; }
    public int EndMinute { get; private set; }

    public static WorkingInterval For(Guid doctorId, DayOfWeek day, LocalInterval interval) => new()
    {
        DoctorId = doctorId, Day = Weekdays.IsoNumber(day), StartMinute = interval.StartMinute, EndMinute = interval.EndMinute,
    };

    public (DayOfWeek Day, LocalInterval Interval) ToLocal() => (Weekdays.FromIsoNumber(Day), new LocalInterval(StartMinute, EndMinute));
}
