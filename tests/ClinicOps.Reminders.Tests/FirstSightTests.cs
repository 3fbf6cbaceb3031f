using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using ClinicOps.Reminders.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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
        var firstInserted = new TaskCompletionSource();
        var secondWaiting = new TaskCompletionSource();

        // The first writer inserts and holds its transaction open until the second writer's insert waits on its row.
        var first = InTransactionAsync(clinicId, async db =>
        {
            Assert.True(await db.InsertIfAbsentAsync(Doctor.Create(doctorId, "Ada Lovelace", seen), CancellationToken.None));
            firstInserted.TrySetResult();
            await secondWaiting.Task;
        });
        var second = InTransactionAsync(clinicId, async db =>
        {
            await firstInserted.Task;
            var insert = db.InsertIfAbsentAsync(Doctor.Create(doctorId, "Ada King", seen.AddSeconds(1)), CancellationToken.None);
            await Eventually.UntilAsync(AnInsertWaitsOnALockAsync, "the second insert to wait on the first's row");
            secondWaiting.TrySetResult();
            Assert.False(await insert);
            var held = await db.Doctors.SingleAsync(d => d.Id == doctorId);
            held.ApplyIfNewer("Ada King", seen.AddSeconds(1));
            await db.SaveChangesAsync();
        });
        await Task.WhenAll(first, second);

        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
        var stored = Assert.Single(await scope.ServiceProvider.GetRequiredService<RemindersDbContext>().Doctors.Where(d => d.Id == doctorId).ToListAsync());
        Assert.Equal(("Ada King", clinicId), (stored.Name, stored.ClinicId));
    }

    private async Task InTransactionAsync(Guid clinicId, Func<RemindersDbContext, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
        var db = scope.ServiceProvider.GetRequiredService<RemindersDbContext>();
        await db.InTransactionAsync(_ => work(db), CancellationToken.None);
    }

    private async Task<bool> AnInsertWaitsOnALockAsync()
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO%'",
            connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
