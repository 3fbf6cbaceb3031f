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
/// Delivers due sms and email reminders, each at most once. A batch is claimed in one short transaction
/// (<c>FOR UPDATE SKIP LOCKED</c>, so dispatchers running side by side never claim the same reminder): each becomes
/// "sending" under a lease. The messages are sent outside any transaction, and each outcome is recorded in a
/// transaction of its own, under the lease it was claimed with — a retried save never sends again, and no row lock is
/// held while a mail server answers. A lease that runs out with no outcome (the process or its database went away
/// between sending and recording) is resolved as "delivery unknown", never sent blindly again. Success marks a
/// reminder sent; a failure backs off exponentially and, after <see cref="DispatcherOptions.MaxAttempts"/>, marks it
/// failed. Call reminders are never touched: they are staff's tasks.
/// </summary>
public sealed class ReminderDispatcher(IServiceScopeFactory scopes, TimeProvider time, IOptions<DispatcherOptions> options,
    IOptions<DailyCapOptions> caps, ReminderMetrics metrics, ILogger<ReminderDispatcher> logger) : BackgroundService
{
    private static readonly string[] TenantFilter = [TenantModelBuilderExtensions.TenantFilter];

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

    /// <summary>
    /// One pass: resolves the leases that ran out, then claims, sends and records batches until no due reminder is
    /// left. Returns how many reminders were handled.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var total = 0;
        int handled;
        do
        {
            handled = await ResolveExpiredLeasesAsync(ct);
            total += handled;
        }
        while (handled >= Options.BatchSize);

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

        var (claimed, deliveries, settled) = await ClaimBatchAsync(db, tenant, channels, ct);
        Count(settled);
        foreach (var delivery in deliveries)
        {
            // Traced as part of the request or event that created the reminder (its outcome event too); an empty poll
            // traces nothing.
            using var activity = MessagingActivities.StartFor("send reminder", ActivityKind.Internal,
                StoredTraceContext.Parse(delivery.TraceParent, delivery.TraceState));
            activity?.SetTag("clinicops.reminder.channel", delivery.Channel.Type);
            using var logScope = logger.BeginScope(new Dictionary<string, object>
            {
                ["ClinicId"] = delivery.ClinicId,
                ["ReminderId"] = delivery.Message.ReminderId,
            });
            var result = await SendAsync(delivery.Channel, delivery.Message, ct);
            // Not cancelled by a stopping host: what was sent is recorded. Should this fail (the database is gone after
            // the strategy's retries), the pass ends here; the lease then resolves this one — and the rest of the
            // batch, which was never sent — as delivery unknown rather than risk sending anything twice.
            Count([await RecordOutcomeAsync(db, tenant, delivery, result, CancellationToken.None)]);
        }

        return claimed;
    }

    /// <summary>Counts outcomes once their transaction has committed (a retried transaction must not count twice).</summary>
    private void Count(IEnumerable<IntegrationEvent?> outcomes)
    {
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
    }

    /// <summary>
    /// The claim transaction: due pending reminders are locked and, each under its clinic, cancelled when their
    /// appointment is off, failed at once when they cannot be addressed, or marked sending under a lease.
    /// </summary>
    private Task<(int Claimed, List<ClaimedDelivery> Deliveries, List<IntegrationEvent> Settled)> ClaimBatchAsync(RemindersDbContext db, ITenantContext tenant,
        IReadOnlyDictionary<string, IReminderChannel> channels, CancellationToken ct) =>
        db.InTransactionAsync(async token =>
        {
            db.ChangeTracker.Clear();
            var now = time.Now();
            var due = await SelectDueAsync(db, now, token);
            var deliveries = new List<ClaimedDelivery>();
            var settled = new List<IntegrationEvent>();
            if (due.Count == 0)
            {
                return (0, deliveries, settled);
            }

            var context = await DeliveryContext.LoadAsync(db, due, token);
            var allowance = await DailySendAllowance.LoadAsync(db, due, context.Clinics, caps.Value, now, token);
            var leaseExpiresAt = now + Options.LeaseDuration;
            foreach (var reminder in due)
            {
                // The event and the change are saved per reminder, under that reminder's clinic.
                tenant.Use(reminder.ClinicId);
                var evt = Prepare(reminder, context, channels, allowance, now, leaseExpiresAt, deliveries);
                if (evt is not null)
                {
                    db.AddIntegrationEvent(evt);
                    settled.Add(evt);
                }

                await db.SaveChangesAsync(token);
            }

            return (due.Count, deliveries, settled);
        }, ct);

    /// <summary>
    /// Due pending sms/email reminders of every clinic, oldest first, locked for this transaction; rows another
    /// dispatcher holds are skipped rather than waited for. (Raw SQL: LINQ cannot say FOR UPDATE SKIP LOCKED. The
    /// dispatcher is system work across clinics, hence no "Tenant" filter.)
    /// </summary>
    private Task<List<Reminder>> SelectDueAsync(RemindersDbContext db, DateTimeOffset now, CancellationToken ct) =>
        db.Reminders.FromSql($"""
                SELECT r.*, r.xmin FROM reminders AS r
                WHERE r.status = 'pending' AND r.type IN ('sms', 'email') AND r.send_at <= {now}
                  AND (r.next_attempt_at IS NULL OR r.next_attempt_at <= {now})
                ORDER BY r.send_at
                LIMIT {Options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .IgnoreQueryFilters(TenantFilter)
            .ToListAsync(ct);

    /// <summary>Claims <paramref name="reminder"/> for sending (added to <paramref name="deliveries"/>), or settles it now; its event if any.</summary>
    private IntegrationEvent? Prepare(Reminder reminder, DeliveryContext context, IReadOnlyDictionary<string, IReminderChannel> channels,
        DailySendAllowance allowance, DateTimeOffset now, DateTimeOffset leaseExpiresAt, List<ClaimedDelivery> deliveries)
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
        if (patient is { IsErased: true })
        {
            return Record(reminder, DeliveryResult.Failure(null, Reminder.ContactsErasedError, permanent: true));
        }

        var recipient = reminder.Type == ReminderTypes.Email ? patient?.Email : patient?.Phone;
        if (string.IsNullOrWhiteSpace(recipient))
        {
            return Record(reminder, patient is null
                ? DeliveryResult.Failure(null, "The patient's contact details have not arrived from scheduling yet.")
                : DeliveryResult.Failure(null, reminder.Type == ReminderTypes.Email
                    ? "The patient has no email address." : "The patient has no phone number.", permanent: true));
        }

        if (!channels.TryGetValue(reminder.Type, out var channel))
        {
            logger.LogError("Reminder {ReminderId}: no delivery channel is registered for {Type}", reminder.Id, reminder.Type);
            return Record(reminder, DeliveryResult.Failure(null, $"Sending {reminder.Type} messages is not set up on the server."));
        }

        context.Clinics.TryGetValue(reminder.ClinicId, out var clinic);
        if (!allowance.TryTake(reminder.ClinicId, reminder.Type))
        {
            var tomorrow = DailySendAllowance.StartOfDay(now, clinic?.TimeZone).Tomorrow;
            var cap = DailySendAllowance.CapOf(caps.Value, reminder.Type);
            reminder.WaitUntil($"The clinic's daily limit of {cap} {reminder.Type} messages is reached; "
                + $"it will be sent from {MessageRenderer.LocalTime(tomorrow, clinic?.TimeZone)}.", tomorrow);
            logger.LogWarning("Reminder {ReminderId} held back until {NextAttemptAt}: clinic {ClinicId} reached its daily {Type} cap of {Cap}",
                reminder.Id, tomorrow, reminder.ClinicId, reminder.Type, cap);
            return null;
        }

        context.Doctors.TryGetValue(appointment.DoctorId, out var doctor);
        var text = MessageRenderer.Render(reminder, appointment, clinic, doctor);
        reminder.StartSending(leaseExpiresAt);
        deliveries.Add(new ClaimedDelivery(reminder.ClinicId, reminder.LeaseExpiresAt!.Value, channel,
            new OutgoingMessage(reminder.Id, recipient, patient!.Name, text.Subject, text.Body), reminder.TraceParent, reminder.TraceState));
        return null;
    }

    /// <summary>
    /// Records what a send did, in a transaction of its own (retried whole on a transient error, which never sends
    /// again). Only under the lease it was claimed with: one that ran out meanwhile was already resolved.
    /// </summary>
    private Task<IntegrationEvent?> RecordOutcomeAsync(RemindersDbContext db, ITenantContext tenant, ClaimedDelivery delivery,
        DeliveryResult result, CancellationToken ct) =>
        db.InTransactionAsync(async token =>
        {
            db.ChangeTracker.Clear();
            tenant.Use(delivery.ClinicId);
            var reminderId = delivery.Message.ReminderId;
            var reminder = await db.Reminders.FirstOrDefaultAsync(r => r.Id == reminderId, token);
            if (reminder is not { IsSending: true } || reminder.LeaseExpiresAt != delivery.LeaseExpiresAt)
            {
                logger.LogWarning("The outcome of reminder {ReminderId} ({Delivered}) came after its lease was resolved; it is not recorded",
                    reminderId, result.Delivered ? "delivered" : result.Error);
                return null;
            }

            var evt = Record(reminder, result);
            if (evt is not null)
            {
                db.AddIntegrationEvent(evt);
            }

            await db.SaveChangesAsync(token);
            return evt;
        }, ct);

    /// <summary>Reminders still sending after their lease, of every clinic: each failed as delivery unknown, with its event.</summary>
    private async Task<int> ResolveExpiredLeasesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RemindersDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        var failures = new List<IntegrationEvent>();
        var resolved = await db.InTransactionAsync(async token =>
        {
            failures.Clear();
            db.ChangeTracker.Clear();
            var now = time.Now();
            var expired = await db.Reminders.FromSql($"""
                    SELECT r.*, r.xmin FROM reminders AS r
                    WHERE r.status = 'sending' AND r.lease_expires_at <= {now}
                    ORDER BY r.lease_expires_at
                    LIMIT {Options.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .IgnoreQueryFilters(TenantFilter)
                .ToListAsync(token);
            foreach (var reminder in expired)
            {
                tenant.Use(reminder.ClinicId);
                var leaseExpiredAt = reminder.LeaseExpiresAt!.Value;
                reminder.MarkDeliveryUnknown(leaseExpiredAt);
                var failed = ReminderEvents.Failed(reminder, reminder.ClinicId, now);
                db.AddIntegrationEvent(failed);
                failures.Add(failed);
                await db.SaveChangesAsync(token);
                logger.LogWarning("Reminder {ReminderId}: its lease expired at {LeaseExpiredAt} with no outcome recorded; failed as delivery unknown, not re-sent",
                    reminder.Id, leaseExpiredAt);
            }

            return expired.Count;
        }, ct);
        Count(failures);
        return resolved;
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
            return DeliveryResult.Failure(null, "The message could not be sent because of an unexpected error.");
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
