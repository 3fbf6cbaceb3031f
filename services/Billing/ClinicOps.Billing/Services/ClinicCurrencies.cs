using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Infrastructure.EntityConfigurations;
using ClinicOps.Billing.Infrastructure.Http;
using ClinicOps.Billing.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Billing.Services;

/// <summary>The caller's clinic currency, from billing's replica or — before ClinicRegistered arrived — from identity.</summary>
public sealed class ClinicCurrencies(BillingDbContext db, IdentityClient identity, TimeProvider time)
{
    public async Task<string> GetAsync(CancellationToken ct)
    {
        var clinic = await db.Clinics.SingleOrDefaultAsync(ct);
        if (clinic is not null)
        {
            return clinic.Currency;
        }

        // A clinic that signed up a moment ago may not be in the replica yet (ClinicRegistered travels through
        // identity's outbox and the broker): ask identity for the caller's clinic and keep the answer.
        var currency = await identity.GetClinicCurrencyAsync(ct);
        clinic = Clinic.FromIdentity(currency, time.Now());
        db.Clinics.Add(clinic);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation(ClinicConfiguration.PrimaryKey))
        {
            // ClinicRegistered arrived meanwhile; both say the same.
            db.Entry(clinic).State = EntityState.Detached;
        }

        return currency;
    }
}
