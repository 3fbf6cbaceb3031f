using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Model;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Billing.Services;

/// <summary>Keeps the clinic currencies in step with identity's ClinicRegistered / ClinicUpdated (inside the consumer's transaction).</summary>
public sealed class ClinicReplica(BillingDbContext db)
{
    public async Task ApplyAsync(string currency, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var clinic = await db.Clinics.SingleOrDefaultAsync(ct);
        if (clinic is null)
        {
            db.Clinics.Add(new Clinic(currency, occurredAt));
        }
        else
        {
            // Events carry no version: the time they happened orders them, so a late ClinicRegistered cannot undo a ClinicUpdated.
            clinic.Apply(currency, occurredAt);
        }
    }
}
