using ClinicOps.Web.Api;
using ClinicOps.Web.Clinic;

namespace ClinicOps.Web.Calendar;

/// <summary>Everything one calendar view shows, as the API answered it (kept from the first render for the circuit).</summary>
public sealed record CalendarData(
    ClinicBasics Basics,
    CalendarPosition Position,
    IReadOnlyList<WorkingHours> Hours,
    IReadOnlyList<TimeOff> TimeOff,
    IReadOnlyList<Appointment> Appointments)
{
    /// <summary>A day: a column per doctor; a week: a column per day of the one doctor.</summary>
    public IReadOnlyList<CalendarColumn> Columns()
    {
        if (Position.View == CalendarView.Day)
        {
            return [.. Basics.Doctors.Select((d, i) => new CalendarColumn(i, d.Id, d.Name, Position.Date))];
        }

        return Basics.Doctors.FirstOrDefault(d => d.Id == Position.DoctorId) is { } doctor
            ? [.. Position.Dates.Select((date, i) => new CalendarColumn(i, doctor.Id, doctor.Name, date))]
            : [];
    }

    public CalendarLayout Layout(ClinicClock clock) => CalendarLayout.Build(
        Columns(),
        Hours.ToDictionary(h => h.DoctorId),
        TimeOff,
        Appointments,
        Basics.Types.ToDictionary(t => t.Id),
        Basics.Me.Clinic.SlotStepMinutes,
        clock);
}
