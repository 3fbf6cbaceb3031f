using ClinicOps.Web.Api;
using ClinicOps.Web.Calendar;
using ClinicOps.Web.Clinic;
using Microsoft.Extensions.Time.Testing;

namespace ClinicOps.Web.Tests.Calendar;

/// <summary>
/// A clinic in Berlin on Tuesday 9 March 2027 at 08:00 local time, with the answers a calendar view is built from;
/// each test adds the doctors, hours, time off and appointments it is about.
/// </summary>
public sealed class CalendarScenario
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    public static readonly DateOnly Tuesday = new(2027, 3, 9);

    private readonly List<CalendarColumn> columns = [];
    private readonly Dictionary<Guid, WorkingHours> hours = [];
    private readonly List<TimeOff> timeOff = [];
    private readonly List<Appointment> appointments = [];
    private readonly Dictionary<Guid, AppointmentType> types = [];

    public CalendarScenario(DateTimeOffset? now = null) =>
        Time = new FakeTimeProvider(now ?? new DateTimeOffset(2027, 3, 9, 7, 0, 0, TimeSpan.Zero));

    public FakeTimeProvider Time { get; }

    public ClinicClock Clock => new(Berlin, Time);

    public int StepMinutes { get; set; } = 15;

    public Guid Doctor(string name, params (DayOfWeek Day, string Start, string End)[] week)
    {
        var id = Guid.CreateVersion7();
        columns.Add(new CalendarColumn(columns.Count, id, name, Tuesday));
        hours[id] = new WorkingHours(id, [.. week.GroupBy(w => w.Day).Select(g =>
            new WorkingDay(WorkingHours.DayName(g.Key), [.. g.Select(w => new WorkingInterval(w.Start, w.End))]))]);
        return id;
    }

    public void Off(Guid doctorId, string from, string until, string? reason) =>
        timeOff.Add(new TimeOff(Guid.CreateVersion7(), doctorId, At(from), At(until), reason));

    public Appointment Visit(Guid doctorId, string at, int minutes, string status = AppointmentStatus.Scheduled, AppointmentType? type = null,
        string patient = "Ada Patient")
    {
        var startsAt = At(at);
        var appointment = new Appointment(Guid.CreateVersion7(), doctorId, columns.Single(c => c.DoctorId == doctorId).DoctorName,
            Guid.CreateVersion7(), patient, type?.Id, type?.Name, type?.Price, startsAt, startsAt.AddMinutes(minutes), minutes, status, null, null, 1);
        appointments.Add(appointment);
        return appointment;
    }

    public AppointmentType Type(string name, int minutes, string? color, decimal? price = null)
    {
        var type = new AppointmentType(Guid.CreateVersion7(), name, minutes, price, color, false);
        types[type.Id] = type;
        return type;
    }

    /// <summary>A Berlin wall-clock time on the scenario's Tuesday ("09:15").</summary>
    public DateTimeOffset At(string time) => Clock.ToInstant(Tuesday, TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

    public CalendarLayout Layout() => CalendarLayout.Build(columns, hours, timeOff, appointments, types, StepMinutes, Clock);
}
