using ClinicOps.Contracts.Reminders;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Dtos;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Services;

/// <summary>What staff do with reminders: create them by hand, list them, cancel them and record call outcomes.</summary>
public sealed class ReminderService(RemindersDbContext db, ITenantContext tenant, AppointmentDirectory<RemindersDbContext, Appointment> appointments, TimeProvider time)
{
    /// <summary>A reminder further ahead than this is a typing mistake, not a plan.</summary>
    public const int MaxYearsAhead = 5;

    /// <summary>
    /// Reminders staff may add to one appointment, whatever became of them: enough for a change of plan, too few to
    /// make the clinic's sender a messaging tool (the automatic ones are not counted).
    /// </summary>
    public const int MaxManualPerAppointment = 5;

    public async Task<ReminderResponse> CreateAsync(Guid appointmentId, CreateReminderRequest request, CancellationToken ct)
    {
        var now = time.Now();
        Validate(request, now);
        var purpose = request.Purpose ?? ReminderPurposes.Upcoming;
        var sendAt = request.SendAt!.Value.ToUniversalTime();

        var appointment = await appointments.GetLiveAsync(appointmentId, ct);
        EnsureFits(appointment, purpose, sendAt);

        var reminder = await db.InTransactionAsync(async token =>
        {
            db.ChangeTracker.Clear();
            // Serialises additions to one appointment, so two requests at once cannot both take the last place.
            var lockKey = $"reminders-manual:{appointment.Id}";
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({lockKey}, 0))", token);
            var added = await db.Reminders.CountAsync(r => r.AppointmentId == appointment.Id && !r.Automatic, token);
            if (added >= MaxManualPerAppointment)
            {
                throw new RuleViolationException(
                    $"At most {MaxManualPerAppointment} reminders can be added to one appointment by staff; this one has {added}.");
            }

            var created = Reminder.Create(appointment.Id, request.Type!, purpose, sendAt, request.Note, automatic: false, now);
            db.Reminders.Add(created);
            db.AddIntegrationEvent(ReminderEvents.Created(created, tenant.ClinicId, now));
            await db.SaveChangesAsync(token);
            return created;
        }, ct);
        return ReminderResponse.From(reminder);
    }

    public async Task<IReadOnlyList<ReminderResponse>> ListForAppointmentAsync(Guid appointmentId, CancellationToken ct)
    {
        await appointments.GetLiveAsync(appointmentId, ct);
        return await db.Reminders.AsNoTracking()
            .Where(r => r.AppointmentId == appointmentId)
            .OrderBy(r => r.SendAt).ThenBy(r => r.Id)
            .Select(ReminderResponse.Projection)
            .ToListAsync(ct);
    }

    public Task<PagedResult<ReminderResponse>> ListAsync(ReminderFilter filter, PageRequest page, CancellationToken ct)
    {
        var errors = new ValidationErrors()
            .AddIf(filter.Status is not null && !ReminderStatuses.All.Contains(filter.Status), "status",
                $"status must be one of: {string.Join(", ", ReminderStatuses.All)}.")
            .AddIf(filter.Type is not null && !ReminderTypes.All.Contains(filter.Type), "type",
                $"type must be one of: {string.Join(", ", ReminderTypes.All)}.")
            .AddIf(filter.Purpose is not null && !ReminderPurposes.All.Contains(filter.Purpose), "purpose",
                $"purpose must be one of: {string.Join(", ", ReminderPurposes.All)}.");
        errors.ThrowIfAny();
        page.Validate();

        var reminders = db.Reminders.AsNoTracking().Where(r => !r.Appointment!.Deleted);
        if (filter.Status is { } status)
        {
            // One being sent is pending on the wire.
            reminders = status == ReminderStatuses.Pending
                ? reminders.Where(r => r.Status == status || r.Status == StoredReminderStatuses.Sending)
                : reminders.Where(r => r.Status == status);
        }

        if (filter.Type is { } type)
        {
            reminders = reminders.Where(r => r.Type == type);
        }

        if (filter.Purpose is { } purpose)
        {
            reminders = reminders.Where(r => r.Purpose == purpose);
        }

        if (filter.DueBefore is { } dueBefore)
        {
            var before = dueBefore.ToUniversalTime();
            reminders = reminders.Where(r => r.SendAt < before);
        }

        return reminders.OrderBy(r => r.SendAt).ThenBy(r => r.Id).ToPagedResultAsync(page, ReminderResponse.Projection, ct);
    }

    public async Task<ReminderResponse> GetAsync(Guid id, CancellationToken ct) =>
        ReminderResponse.From(await FindAsync(id, ct));

    public Task<ReminderResponse> CancelAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, (reminder, now) =>
        {
            reminder.Cancel();
            return ReminderEvents.Cancelled(reminder, tenant.ClinicId, now);
        }, ct);

    public Task<ReminderResponse> MarkSentAsync(Guid id, ReminderOutcomeRequest? request, CancellationToken ct)
    {
        ValidateNote(request?.Note);
        return ChangeAsync(id, (reminder, now) =>
        {
            reminder.MarkCalled(now, request?.Note);
            return ReminderEvents.Sent(reminder, tenant.ClinicId, now);
        }, ct);
    }

    public Task<ReminderResponse> MarkFailedAsync(Guid id, ReminderOutcomeRequest? request, CancellationToken ct)
    {
        ValidateNote(request?.Note);
        return ChangeAsync(id, (reminder, now) =>
        {
            reminder.MarkCallFailed(request?.Note);
            return ReminderEvents.Failed(reminder, tenant.ClinicId, now);
        }, ct);
    }

    private async Task<ReminderResponse> ChangeAsync(Guid id, Func<Reminder, DateTimeOffset, Contracts.IntegrationEvent> change,
        CancellationToken ct)
    {
        var reminder = await FindAsync(id, ct);
        var evt = change(reminder, time.Now());
        db.AddIntegrationEvent(evt);
        await db.SaveChangesAsync(ct);
        return ReminderResponse.From(reminder);
    }

    private async Task<Reminder> FindAsync(Guid id, CancellationToken ct) =>
        await db.Reminders.FirstOrDefaultAsync(r => r.Id == id && !r.Appointment!.Deleted, ct)
        ?? throw new NotFoundException("Reminder");

    private static void EnsureFits(Appointment appointment, string purpose, DateTimeOffset sendAt)
    {
        if (purpose == ReminderPurposes.Upcoming)
        {
            if (appointment.Status != AppointmentStatuses.Scheduled)
            {
                throw new RuleViolationException($"An upcoming reminder needs a scheduled appointment; this one is {appointment.Status}.");
            }

            if (sendAt >= appointment.StartsAt)
            {
                throw new RuleViolationException("An upcoming reminder must be due before the appointment starts.");
            }

            return;
        }

        if (appointment.Status is not (AppointmentStatuses.Scheduled or AppointmentStatuses.Completed))
        {
            throw new RuleViolationException($"A follow-up needs a scheduled or completed appointment; this one is {appointment.Status}.");
        }

        if (sendAt <= appointment.StartsAt)
        {
            throw new RuleViolationException("A follow-up must be due after the appointment starts.");
        }
    }

    private static void Validate(CreateReminderRequest request, DateTimeOffset now)
    {
        var errors = new ValidationErrors()
            .AddIf(request.Type is null || !ReminderTypes.All.Contains(request.Type), "type",
                $"type must be one of: {string.Join(", ", ReminderTypes.All)}.")
            .AddIf(request.Purpose is not null && !ReminderPurposes.All.Contains(request.Purpose), "purpose",
                $"purpose must be one of: {string.Join(", ", ReminderPurposes.All)}.")
            .AddIf(request.Note is { Length: > Reminder.MaxNoteLength }, "note", $"note must be at most {Reminder.MaxNoteLength} characters.");
        if (request.SendAt is not { } sendAt)
        {
            errors.Add("sendAt", "sendAt is required.");
        }
        else
        {
            errors.AddIf(sendAt <= now, "sendAt", "sendAt must be in the future.")
                .AddIf(sendAt > now.AddYears(MaxYearsAhead), "sendAt", $"sendAt must be within {MaxYearsAhead} years from now.");
        }

        errors.ThrowIfAny();
    }

    private static void ValidateNote(string? note) =>
        new ValidationErrors().AddIf(note is { Length: > Reminder.MaxNoteLength }, "note",
            $"note must be at most {Reminder.MaxNoteLength} characters.").ThrowIfAny();
}
