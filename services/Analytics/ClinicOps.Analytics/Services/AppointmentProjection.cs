using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts.Scheduling;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// Applies an appointment snapshot when it is newer than the fact held, moving the fact's contribution in the
/// clinic's and the doctors' counters: the old state is counted out, the new one in.
/// </summary>
public sealed class AppointmentProjection(AnalyticsDbContext db, ReadModelStore store)
{
    public async Task ApplyAsync(AppointmentSnapshot snapshot, CancellationToken ct)
    {
        if (snapshot is AppointmentScheduled scheduled)
        {
            // The booking names its doctor: useful until (or if) the doctor's own event arrives.
            var doctor = await store.DoctorAsync(snapshot.ClinicId, snapshot.DoctorId, ct);
            doctor.Apply(scheduled.DoctorName, specialization: null, scheduled.OccurredAt);
        }

        var fact = await db.AppointmentFacts.FindAsync([snapshot.ClinicId, snapshot.AppointmentId], ct);
        if (fact is not null && !fact.IsOlderThan(snapshot))
        {
            return;
        }

        var clinic = await store.ClinicCountersAsync(snapshot.ClinicId, ct);
        if (fact is null)
        {
            fact = AppointmentFact.From(snapshot);
            db.AppointmentFacts.Add(fact);
        }
        else
        {
            clinic.Count(fact, -1);
            (await store.DoctorCountersAsync(fact.ClinicId, fact.DoctorId, ct)).Count(fact, -1);
            fact.Apply(snapshot);
        }

        clinic.Count(fact, +1);
        (await store.DoctorCountersAsync(fact.ClinicId, fact.DoctorId, ct)).Count(fact, +1);
    }
}
