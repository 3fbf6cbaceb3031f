using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts.Reminders;

namespace ClinicOps.Analytics.Services;

/// <summary>Applies a reminder snapshot when it is newer, keeping the clinic's count of pending reminders.</summary>
public sealed class ReminderProjection(AnalyticsDbContext db, ReadModelStore store)
{
    public async Task ApplyAsync(ReminderSnapshot snapshot, CancellationToken ct)
    {
        var fact = await db.ReminderFacts.FindAsync([snapshot.ClinicId, snapshot.ReminderId], ct);
        if (fact is not null && !fact.IsOlderThan(snapshot))
        {
            return;
        }

        var clinic = await store.ClinicCountersAsync(snapshot.ClinicId, ct);
        if (fact is null)
        {
            fact = ReminderFact.From(snapshot);
            db.ReminderFacts.Add(fact);
        }
        else
        {
            clinic.Count(fact, -1);
            fact.Apply(snapshot);
        }

        clinic.Count(fact, +1);
    }
}
