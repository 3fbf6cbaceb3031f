using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

/// <summary>
/// A payment billing recorded for an appointment (from PaymentRecorded). Keyed by the payment id, so the same
/// payment counts once however often its event arrives; an appointment with any of them cannot be deleted.
/// </summary>
public sealed class RecordedPayment : ITenantOwned
{
    private RecordedPayment()
    {
    }

    public Guid PaymentId { get; private set; }
    public Guid ClinicId { get; set; }
    public Guid AppointmentId { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static RecordedPayment For(Guid paymentId, Guid appointmentId, DateTimeOffset recordedAt) =>
        new() { PaymentId = paymentId, AppointmentId = appointmentId, RecordedAt = recordedAt };
}
