using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Scheduling.Services;

/// <summary>Field checks of appointment bodies, collected so a request learns of every bad field at once.</summary>
internal static class AppointmentInput
{
    public static void Duration(int? minutes, ValidationErrors errors) =>
        errors.AddIf(minutes is < Appointment.MinDurationMinutes or > Appointment.MaxDurationMinutes, "durationMinutes",
            $"durationMinutes must be between {Appointment.MinDurationMinutes} and {Appointment.MaxDurationMinutes}.");

    /// <summary>Trimmed notes; blank clears them.</summary>
    public static string? Notes(string? raw, ValidationErrors errors)
    {
        var notes = Text.Clean(raw);
        errors.AddIf(notes?.Length > Appointment.MaxNotesLength, "notes", $"notes must be at most {Appointment.MaxNotesLength} characters.");
        return notes;
    }

    public static string? CancelReason(string? raw, ValidationErrors errors)
    {
        var reason = Text.Clean(raw);
        errors.AddIf(reason?.Length > Appointment.MaxCancelReasonLength, "reason",
            $"reason must be at most {Appointment.MaxCancelReasonLength} characters.");
        return reason;
    }
}
