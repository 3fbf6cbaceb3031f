namespace ClinicOps.Web.Calendar;

/// <summary>One column of the grid: a doctor on a date (a day view has one per doctor, a week view one per day).</summary>
public sealed record CalendarColumn(int Index, Guid DoctorId, string DoctorName, DateOnly Date);
