using ClinicOps.Contracts;
using ClinicOps.Contracts.Billing;
using ClinicOps.Contracts.Identity;
using ClinicOps.Contracts.Reminders;
using ClinicOps.Contracts.Scheduling;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// The projection: applies one event to the read model. Every rule is order-independent (newer version or newer
/// event time wins, counters move with the facts, asOf only grows), so live delivery in any order, redelivery
/// and a replay of the log all converge to the same figures.
/// </summary>
public sealed class ReadModelProjector(
    ReadModelStore store,
    AppointmentProjection appointments,
    PaymentProjection payments,
    ReminderProjection reminders,
    DoctorReplica doctors,
    ClinicProjection clinics)
{
    /// <summary>
    /// Events whose projection reads facts from the database (a time-zone change recomputes per-day revenue):
    /// a batch applying many events must save and clear its pending changes before these.
    /// </summary>
    public static bool ReadsSavedFacts(IntegrationEvent evt) => evt is ClinicSnapshot;

    public async Task ApplyAsync(IntegrationEvent evt, CancellationToken ct)
    {
        (await store.ClinicCountersAsync(evt.ClinicId, ct)).Observe(evt.OccurredAt);

        switch (evt)
        {
            case AppointmentSnapshot appointment:
                await appointments.ApplyAsync(appointment, ct);
                break;
            case PaymentSnapshot payment:
                await payments.ApplyAsync(payment, ct);
                break;
            case ReminderSnapshot reminder:
                await reminders.ApplyAsync(reminder, ct);
                break;
            case DoctorSnapshot doctor:
                await doctors.ApplyAsync(doctor, ct);
                break;
            case DoctorDeleted deleted:
                await doctors.ApplyAsync(deleted, ct);
                break;
            case ClinicSnapshot clinic:
                await clinics.ApplyAsync(clinic, ct);
                break;
            default:
                // Users and patients change no figure; they are logged and move asOf like every event.
                break;
        }
    }
}
