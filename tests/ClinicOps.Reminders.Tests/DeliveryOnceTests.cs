using System.Net;
using ClinicOps.Reminders.Tests.Infrastructure;
using netDumbster.smtp;
using Npgsql;

namespace ClinicOps.Reminders.Tests;

/// <summary>
/// A reminder reaches the patient at most once: the dispatcher claims it, sends it outside any transaction and records
/// the outcome in a transaction of its own, so neither a database connection lost between sending and recording nor a
/// dispatcher stopped there makes it send the message again.
/// </summary>
[Collection(RemindersCollection.Name)]
public sealed class DeliveryOnceTests(RemindersFactory factory)
{
    [Fact]
    public async Task A_database_connection_lost_between_sending_and_recording_neither_sends_twice_nor_loses_the_outcome()
    {
        var clinic = new Clinic(factory);
        var email = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2), email);
        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddMinutes(1) });
        factory.Time.Advance(TimeSpan.FromMinutes(1));

        // The moment the mail server has the message, every connection to the service's database is killed: the
        // dispatcher meets a dead connection when it comes to record the outcome.
        var terminated = 0;
        void KillConnections(object? sender, MessageReceivedArgs e) => terminated += TerminateConnections(factory.DatabaseConnectionString);
        factory.Smtp.MessageReceived += KillConnections;
        try
        {
            await factory.DispatchAsync();
        }
        finally
        {
            factory.Smtp.MessageReceived -= KillConnections;
        }

        Assert.True(terminated > 0, "No database connection was open to kill between sending and recording.");
        Assert.Single(Mailbox.For(factory.Smtp, email));
        var sent = await clinic.ReminderAsync(reminder.Id);
        Assert.Equal(("sent", "smtp", 0), (sent.Status, sent.Channel, sent.Attempts));

        factory.Time.Advance(TimeSpan.FromHours(1));
        await factory.DispatchAsync();
        Assert.Single(Mailbox.For(factory.Smtp, email));
    }

    [Fact]
    public async Task A_dispatcher_stopped_between_sending_and_recording_leaves_delivery_unknown_and_never_sends_again()
    {
        var clinic = new Clinic(factory);
        var email = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2), email);
        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddMinutes(1) });
        factory.Time.Advance(TimeSpan.FromMinutes(1));

        // The host stops the moment the mail server has the message: the pass ends before any outcome is recorded.
        using var stopping = new CancellationTokenSource();
        void Stop(object? sender, MessageReceivedArgs e) => stopping.Cancel();
        factory.Smtp.MessageReceived += Stop;
        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => factory.Dispatcher.DispatchDueAsync(stopping.Token));
        }
        finally
        {
            factory.Smtp.MessageReceived -= Stop;
        }

        Assert.Single(Mailbox.For(factory.Smtp, email));
        // Being sent, it is pending on the wire, and staff cannot cancel what may already be on its way.
        var sending = await clinic.ReminderAsync(reminder.Id);
        Assert.Equal(("pending", (string?)null), (sending.Status, sending.LastError));
        using var cancel = await clinic.Client().PostAsync($"/api/reminders/{reminder.Id}/cancel", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, cancel.StatusCode);

        // Until its lease runs out nothing happens to it; then it is failed as delivery unknown, not sent again.
        factory.Time.Advance(TimeSpan.FromMinutes(4));
        await factory.DispatchAsync();
        Assert.Equal("pending", (await clinic.ReminderAsync(reminder.Id)).Status);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.DispatchAsync();

        var unknown = await clinic.ReminderAsync(reminder.Id);
        Assert.Equal(("failed", 1), (unknown.Status, unknown.Attempts));
        Assert.StartsWith("Delivery unknown", unknown.LastError);
        Assert.Single(Mailbox.For(factory.Smtp, email));
        factory.Time.Advance(TimeSpan.FromHours(1));
        await factory.DispatchAsync();
        Assert.Single(Mailbox.For(factory.Smtp, email));
    }

    /// <summary>Ends every other session on the database (as an operator's pg_terminate_backend would); returns how many.</summary>
    private static int TerminateConnections(string connectionString)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid))::int FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
            connection);
        return (int)command.ExecuteScalar()!;
    }
}
