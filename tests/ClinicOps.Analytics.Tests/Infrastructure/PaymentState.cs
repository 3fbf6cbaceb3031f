namespace ClinicOps.Analytics.Tests.Infrastructure;

public sealed class PaymentState(Guid id, Guid appointmentId, Guid doctorId, decimal amount)
{
    public Guid Id { get; } = id;
    public Guid AppointmentId { get; } = appointmentId;
    public Guid DoctorId { get; } = doctorId;
    public decimal Amount { get; } = amount;
    public string Status { get; set; } = "pending";
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset? RefundedAt { get; set; }
    public int Version { get; set; } = 1;
}
