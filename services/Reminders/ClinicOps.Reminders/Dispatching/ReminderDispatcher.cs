using System.Diagnostics;
using ClinicOps.Contracts;
using ClinicOps.Contracts.Reminders;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Channels;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using ClinicOps.Reminders.Services;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Telemetry;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicOps.Reminders.Dispatching;

/// <summary>
/// Delivers due sms and email reminders. Each batch is claimed with <c>FOR UPDATE SKIP LOCKED</c> inside a
/// transaction held until the batch is recorded, so replicas running side by side never send the same reminder.
/// Success marks it sent; a failure backs off exponentially and, after <see cref="DispatcherOptions.MaxAttempts"/>,
/// marks it failed. Call reminders are never touched: they are staff's tasks.
/// </summary>
public sealed class ReminderDispatcher(IServiceScopeFactory scopes, TimeProvider time, IOptions<DispatcherOptions> options,
    ReminderMetrics metrics, ILogger<ReminderDispatcher> logger) : BackgroundService
{
    private DispatcherOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            logger.LogInformation("The reminder dispatcher is disabled (Reminders:Dispatcher:Enabled = false)");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "A reminder dispatch pass failed; the next one is in {Interval}", Options.PollInterval);
            }

            try
            {
                await Task.Delay(Options.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: claims and handles batches until no due reminder is left. Returns how many were handled.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var total = 0;
        int handled;
        do
        {
            handled = await DispatchBatchAsync(ct);
            total += handled;
        }
        while (handled >= Options.BatchSize);

        return total;
    }

    private async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemindersDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        var channels = scope.ServiceProvider.GetServices<IReminderChannel>().ToDictionary(c => c.Type);

        // Outcomes are counted once the batch has committed (a retried transaction must not count twice).
        var outcomes = new List<IntegrationEvent>();
        var handled = await db.InTransactionAsync(async token =>
        {
            db.ChangeTracker.Clear();
            outcomes.Clear();
            var due = await ClaimAsync(db, time.Now(), token);
            if (due.Count > 0)
            {
                var context = await DeliveryContext.LoadAsync(db, due, token);
                foreach (var reminder in due)
                {
                    // The event and the change are saved per reminder, under that reminder's clinic.
                    tenant.Use(reminder.ClinicId);
                    // Traced as part of the request or event that created the reminder; an empty poll traces nothing.
                    using var activity = MessagingActivities.StartFor("send reminder", ActivityKind.Internal,
                        StoredTraceContext.Parse(reminder.TraceParent, reminder.TraceState));
                    activity?.SetTag("clinicops.reminder.channel", reminder.Type);
                    using var logScope = logger.BeginScope(new Dictionary<string, object>
                    {
                        ["ClinicId"] = reminder.ClinicId,
                        ["ReminderId"] = reminder.Id,
                    });
                    var evt = await DeliverAsync(reminder, context, channels, token);
                    if (evt is not null)
                    {
                        db.AddIntegrationEvent(evt);
                        outcomes.Add(evt);
                    }

                    await db.SaveChangesAsync(token);
                }
            }

            return due.Count;
        }, ct);

        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case ReminderSent sent:
                    metrics.Sent(sent.Type);
                    break;
                case ReminderFailed failed:
                    metrics.Failed(failed.Type);
                    break;
            }
        }

        return handled;
    }

    /// <summary>
    /// Due pending sms/email reminders of every clinic, oldest first, locked for this transaction; rows another
    /// dispatcher holds are skipped rather than waited for. (Raw SQL: LINQ cannot say FOR UPDATE SKIP LOCKED. The
    /// dispatcher is system work across clinics, hence no "Tenant" filter.)
    /// </summary>
    private Task<List<Reminder>> ClaimAsync(RemindersDbContext db, DateTimeOffset now, CancellationToken ct) =>
        db.Reminders.FromSql($"""
                SELECT r.*, r.xmin FROM reminders AS r
                WHERE r.status = 'pending' AND r.type IN ('sms', 'email') AND r.send_at <= {now}
                  AND (r.next_attempt_at IS NULL OR r.next_attempt_at <= {now})
                ORDER BY r.send_at
                LIMIT {Options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .IgnoreQueryFilters([TenantModelBuilderExtensions.TenantFilter])
            .ToListAsync(ct);

    private async Task<IntegrationEvent?> DeliverAsync(Reminder reminder, DeliveryContext context,
        IReadOnlyDictionary<string, IReminderChannel> channels, CancellationToken ct)
    {
        if (!context.Appointments.TryGetValue(reminder.AppointmentId, out var appointment)
            || appointment.Deleted
            || (reminder.Purpose == ReminderPurposes.Upcoming && appointment.Status != AppointmentStatuses.Scheduled))
        {
            // The appointment's events normally cancel such reminders first; never announce a visit that is off.
            reminder.Cancel();
            logger.LogInformation("Reminder {ReminderId} cancelled at delivery: its appointment is no longer scheduled", reminder.Id);
            return ReminderEvents.Cancelled(reminder, reminder.ClinicId, time.Now());
        }

        context.Patients.TryGetValue(appointment.PatientId, out var patient);
        var recipient = reminder.Type == ReminderTypes.Email ? patient?.Email : patient?.Phone;
        DeliveryResult result;
        if (string.IsNullOrWhiteSpace(recipient))
        {
            result = patient is null
                ? DeliveryResult.Failure(null, "The patient's contact details have not arrived from scheduling yet.")
                : DeliveryResult.Failure(null, reminder.Type == ReminderTypes.Email
                    ? "The patient has no email address." : "The patient has no phone number.", permanent: true);
        }
        else if (!channels.TryGetValue(reminder.Type, out var channel))
        {
            result = DeliveryResult.Failure(null, $"No delivery channel is registered for {reminder.Type}.");
        }
        else
        {
            context.Clinics.TryGetValue(reminder.ClinicId, out var clinic);
            context.Doctors.TryGetValue(appointment.DoctorId, out var doctor);
            var text = MessageRenderer.Render(reminder, appointment, clinic, doctor);
            result = await SendAsync(channel, new OutgoingMessage(reminder.Id, recipient, patient!.Name, text.Subject, text.Body), ct);
        }

        return Record(reminder, result);
    }

    private async Task<DeliveryResult> SendAsync(IReminderChannel channel, OutgoingMessage message, CancellationToken ct)
    {
        try
        {
            return await channel.SendAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A channel reports the failures it knows; anything else still counts as one failed attempt.
            logger.LogError(e, "Channel {Channel} threw for reminder {ReminderId}", channel.GetType().Name, message.ReminderId);
            return DeliveryResult.Failure(null, $"{channel.GetType().Name} failed: {e.Message}");
        }
    }

    private IntegrationEvent? Record(Reminder reminder, DeliveryResult result)
    {
        var now = time.Now();
        if (result.Delivered)
        {
            reminder.MarkDelivered(result.Channel ?? reminder.Type, now);
            logger.LogInformation("Reminder {ReminderId} sent via {Channel}", reminder.Id, result.Channel);
            return ReminderEvents.Sent(reminder, reminder.ClinicId, now);
        }

        var backoff = Options.RetryBaseDelay * Math.Pow(2, reminder.Attempts);
        var failed = reminder.RecordFailedAttempt(result.Channel, result.Error ?? "Delivery failed.", now, Options.MaxAttempts, backoff,
            result.Permanent);
        if (failed)
        {
            logger.LogWarning("Reminder {ReminderId} failed after {Attempts} attempt(s): {Error}", reminder.Id, reminder.Attempts, result.Error);
            return ReminderEvents.Failed(reminder, reminder.ClinicId, now);
        }

        logger.LogInformation("Reminder {ReminderId} attempt {Attempts} failed ({Error}); next try at {NextAttemptAt}",
            reminder.Id, reminder.Attempts, result.Error, reminder.NextAttemptAt);
        return null;
    }
}
