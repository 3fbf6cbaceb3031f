namespace ClinicOps.Analytics.Tests.Infrastructure;

public sealed class ReminderState(Guid id, Guid appointmentId)
{
    public Guid Id { get; } = id;
    public Guid AppointmentId { get; } = appointmentId;
    public string Status { get; set; } = "pending";
    public int Version { get; set; } = 1;
}
