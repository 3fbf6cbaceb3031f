using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using ClinicOps.Reminders.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Reminders.Tests;

/// <summary>
/// A replica's first row can be written by two writers at once — a doctor's own event and a booking that names the
/// doctor arrive on separate queues. The second writer waits for the first, finds the row and keeps the newer state;
/// neither fails on a duplicate key (which would send its message round the retries and into the logs as an error).
/// </summary>
[Collection(RemindersCollection.Name)]
public sealed class FirstSightTests(RemindersFactory factory)
{
    [Fact]
    public async Task A_doctor_first_seen_by_two_writers_at_once_is_stored_once_with_the_newer_name_and_neither_fails()
    {
        var clinicId = Guid.CreateVersion7();
        var doctorId = Guid.CreateVersion7();
        var seen = DateTimeOffset.UtcNow;
        await using var first = Writer(clinicId);
        await using var second = Writer(clinicId);
        await using var firstTransaction = await first.Db.Database.BeginTransactionAsync();
        await using var secondTransaction = await second.Db.Database.BeginTransactionAsync();

        Assert.True(await first.Db.InsertIfAbsentAsync(Doctor.Create(doctorId, "Ada Lovelace", seen), CancellationToken.None));
        // The second insert waits on the first's uncommitted row until that commits, then inserts nothing.
        var secondInsert = second.Db.InsertIfAbsentAsync(Doctor.Create(doctorId, "Ada King", seen.AddSeconds(1)), CancellationToken.None);
        await firstTransaction.CommitAsync();
        Assert.False(await secondInsert);
        var held = await second.Db.Doctors.SingleAsync(d => d.Id == doctorId);
        held.ApplyIfNewer("Ada King", seen.AddSeconds(1));
        await second.Db.SaveChangesAsync();
        await secondTransaction.CommitAsync();

        await using var reader = Writer(clinicId);
        var stored = Assert.Single(await reader.Db.Doctors.Where(d => d.Id == doctorId).ToListAsync());
        Assert.Equal(("Ada King", clinicId), (stored.Name, stored.ClinicId));
    }

    private ScopedDb Writer(Guid clinicId)
    {
        var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
        return new ScopedDb(scope, scope.ServiceProvider.GetRequiredService<RemindersDbContext>());
    }

    private sealed record ScopedDb(AsyncServiceScope Scope, RemindersDbContext Db) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }
}
