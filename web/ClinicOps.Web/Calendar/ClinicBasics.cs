using ClinicOps.Web.Api;

namespace ClinicOps.Web.Calendar;

/// <summary>What the calendar and booking need of the clinic whatever the date: its settings, doctors and appointment types.</summary>
/// <param name="Types">Archived ones too, so older appointments keep their colour; only the others are offered for booking.</param>
public sealed record ClinicBasics(Me Me, IReadOnlyList<Doctor> Doctors, IReadOnlyList<AppointmentType> Types)
{
    public IReadOnlyList<AppointmentType> BookableTypes => [.. Types.Where(t => !t.Archived)];
}
