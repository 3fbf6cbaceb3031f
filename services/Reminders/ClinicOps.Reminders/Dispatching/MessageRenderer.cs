using System.Globalization;
using ClinicOps.Contracts.Reminders;
using ClinicOps.Reminders.Model;

namespace ClinicOps.Reminders.Dispatching;

/// <summary>
/// The words of a reminder, with the visit's date and time in the clinic's time zone:
/// "Reminder from Sunrise Clinic: your appointment with Dr Ada Lovelace is on Tue 3 Mar 2026 at 10:00."
/// </summary>
public static class MessageRenderer
{
    public static RenderedMessage Render(Reminder reminder, Appointment appointment, Clinic? clinic, Doctor? doctor)
    {
        var clinicName = string.IsNullOrWhiteSpace(clinic?.Name) ? "your clinic" : clinic.Name;
        var doctorName = doctor?.DisplayName ?? "your doctor";
        var when = LocalTime(appointment.StartsAt, clinic?.TimeZone);

        var (subject, body) = reminder.Purpose == ReminderPurposes.FollowUp
            ? ($"Follow-up from {clinicName}",
                $"Follow-up from {clinicName}: we hope you are well after your visit with {doctorName} on {when}. "
                + "Please contact us if you have any questions.")
            : ($"Appointment reminder from {clinicName}",
                $"Reminder from {clinicName}: your appointment with {doctorName} is on {when}.");
        if (reminder.Note is { } note)
        {
            body = $"{body}\n{note}";
        }

        return new RenderedMessage(subject, body);
    }

    /// <summary>"Tue 3 Mar 2026 at 10:00" in the clinic's zone; UTC, said so, when the zone is unknown.</summary>
    public static string LocalTime(DateTimeOffset instant, string? timeZone)
    {
        if (timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
        {
            return Format(TimeZoneInfo.ConvertTime(instant, zone));
        }

        return $"{Format(instant.ToUniversalTime())} (UTC)";
    }

    private static string Format(DateTimeOffset local) => local.ToString("ddd d MMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture);
}
