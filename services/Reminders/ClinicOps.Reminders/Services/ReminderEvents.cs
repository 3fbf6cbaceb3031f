using ClinicOps.Contracts.Reminders;
using ClinicOps.Reminders.Model;

namespace ClinicOps.Reminders.Services;

/// <summary>
/// The integration events of a reminder, each carrying its whole state after the change. The clinic is passed in
/// because a new reminder gets its ClinicId stamped only when it is saved.
/// </summary>
public static class ReminderEvents
{
    public static ReminderCreated Created(Reminder r, Guid clinicId, DateTimeOffset now) => new()
    {
        ClinicId = clinicId, OccurredAt = now, ReminderId = r.Id, Version = r.Version, AppointmentId = r.AppointmentId,
        Type = r.Type, Purpose = r.Purpose, SendAt = r.SendAt, Status = r.Status,
    };

    public static ReminderRescheduled Rescheduled(Reminder r, Guid clinicId, DateTimeOffset now) => new()
    {
        ClinicId = clinicId, OccurredAt = now, ReminderId = r.Id, Version = r.Version, AppointmentId = r.AppointmentId,
        Type = r.Type, Purpose = r.Purpose, SendAt = r.SendAt, Status = r.Status,
    };

    public static ReminderCancelled Cancelled(Reminder r, Guid clinicId, DateTimeOffset now) => new()
    {
        ClinicId = clinicId, OccurredAt = now, ReminderId = r.Id, Version = r.Version, AppointmentId = r.AppointmentId,
        Type = r.Type, Purpose = r.Purpose, SendAt = r.SendAt, Status = r.Status,
    };

    public static ReminderSent Sent(Reminder r, Guid clinicId, DateTimeOffset now) => new()
    {
        ClinicId = clinicId, OccurredAt = now, ReminderId = r.Id, Version = r.Version, AppointmentId = r.AppointmentId,
        Type = r.Type, Purpose = r.Purpose, SendAt = r.SendAt, Status = r.Status,
    };

    public static ReminderFailed Failed(Reminder r, Guid clinicId, DateTimeOffset now) => new()
    {
        ClinicId = clinicId, OccurredAt = now, ReminderId = r.Id, Version = r.Version, AppointmentId = r.AppointmentId,
        Type = r.Type, Purpose = r.Purpose, SendAt = r.SendAt, Status = r.Status,
    };
}
