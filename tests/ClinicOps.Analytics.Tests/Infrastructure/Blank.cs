using ClinicOps.Contracts.Billing;
using ClinicOps.Contracts.Reminders;
using ClinicOps.Contracts.Scheduling;

namespace ClinicOps.Analytics.Tests.Infrastructure;

/// <summary>
/// One placeholder instance per snapshot event type: `Blank.X with { ... }` makes an event of that type with every
/// field set by the story (records with required members cannot be created through a generic new()).
/// </summary>
public static class Blank
{
    public static readonly AppointmentRescheduled Rescheduled = new() { ClinicId = default, OccurredAt = default, AppointmentId = default, Version = 0, DoctorId = default, PatientId = default, StartsAt = default, EndsAt = default, Status = "" };
    public static readonly AppointmentCompleted Completed = new() { ClinicId = default, OccurredAt = default, AppointmentId = default, Version = 0, DoctorId = default, PatientId = default, StartsAt = default, EndsAt = default, Status = "" };
    public static readonly AppointmentCancelled Cancelled = new() { ClinicId = default, OccurredAt = default, AppointmentId = default, Version = 0, DoctorId = default, PatientId = default, StartsAt = default, EndsAt = default, Status = "" };
    public static readonly AppointmentMarkedNoShow NoShow = new() { ClinicId = default, OccurredAt = default, AppointmentId = default, Version = 0, DoctorId = default, PatientId = default, StartsAt = default, EndsAt = default, Status = "" };
    public static readonly AppointmentDeleted Deleted = new() { ClinicId = default, OccurredAt = default, AppointmentId = default, Version = 0, DoctorId = default, PatientId = default, StartsAt = default, EndsAt = default, Status = "" };

    public static readonly PaymentRecorded Recorded = new() { ClinicId = default, OccurredAt = default, PaymentId = default, Version = 0, AppointmentId = default, DoctorId = default, Amount = 0, Currency = "", Method = "", Status = "" };
    public static readonly PaymentPaid Paid = new() { ClinicId = default, OccurredAt = default, PaymentId = default, Version = 0, AppointmentId = default, DoctorId = default, Amount = 0, Currency = "", Method = "", Status = "" };
    public static readonly PaymentFailed Failed = new() { ClinicId = default, OccurredAt = default, PaymentId = default, Version = 0, AppointmentId = default, DoctorId = default, Amount = 0, Currency = "", Method = "", Status = "" };
    public static readonly PaymentRefunded Refunded = new() { ClinicId = default, OccurredAt = default, PaymentId = default, Version = 0, AppointmentId = default, DoctorId = default, Amount = 0, Currency = "", Method = "", Status = "" };

    public static readonly ReminderCreated ReminderCreated = new() { ClinicId = default, OccurredAt = default, ReminderId = default, Version = 0, AppointmentId = default, Type = "", Purpose = "", SendAt = default, Status = "" };
    public static readonly ReminderSent ReminderSent = new() { ClinicId = default, OccurredAt = default, ReminderId = default, Version = 0, AppointmentId = default, Type = "", Purpose = "", SendAt = default, Status = "" };
    public static readonly ReminderFailed ReminderFailed = new() { ClinicId = default, OccurredAt = default, ReminderId = default, Version = 0, AppointmentId = default, Type = "", Purpose = "", SendAt = default, Status = "" };
    public static readonly ReminderCancelled ReminderCancelled = new() { ClinicId = default, OccurredAt = default, ReminderId = default, Version = 0, AppointmentId = default, Type = "", Purpose = "", SendAt = default, Status = "" };
}
