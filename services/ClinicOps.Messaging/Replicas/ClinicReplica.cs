using ClinicOps.Contracts.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Messaging;

/// <summary>Keeps a service's clinic row, <typeparamref name="TClinic"/>, in step with identity's ClinicRegistered and ClinicUpdated.</summary>
public sealed class ClinicReplica<TDbContext, TClinic>(TDbContext db) : IEventHandler<ClinicSnapshot>
    where TDbContext : DbContext
    where TClinic : ReplicatedClinic, new()
{
    public async Task HandleAsync(ClinicSnapshot message, CancellationToken ct)
    {
        var clinic = await db.Set<TClinic>().FindAsync([message.ClinicId], ct);
        if (clinic is null)
        {
            clinic = new TClinic { ClinicId = message.ClinicId };
            db.Set<TClinic>().Add(clinic);
        }

        clinic.Apply(message);
    }
}
