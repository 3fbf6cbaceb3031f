namespace ClinicOps.Web.Calendar;

/// <summary>A day with one column per doctor, or a week (Monday to Sunday) of one doctor.</summary>
public enum CalendarView
{
    Day,
    Week,
}
