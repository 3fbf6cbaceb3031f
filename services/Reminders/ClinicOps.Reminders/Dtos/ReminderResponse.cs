using System.Linq.Expressions;
using ClinicOps.Contracts.Reminders;
using ClinicOps.Reminders.Model;

namespace ClinicOps.Reminders.Dtos;

public sealed record ReminderResponse(Guid Id, Guid AppointmentId, string Type, string Purpose, DateTimeOffset SendAt, string Status,
    DateTimeOffset? SentAt, int Attempts, string? LastError, string? Channel, string? Note)
{
    /// <summary>A reminder being sent shows as pending (<see cref="StoredReminderStatuses"/>).</summary>
    public static readonly Expression<Func<Reminder, ReminderResponse>> Projection = r =>
        new ReminderResponse(r.Id, r.AppointmentId, r.Type, r.Purpose, r.SendAt,
            r.Status == StoredReminderStatuses.Sending ? ReminderStatuses.Pending : r.Status,
            r.SentAt, r.Attempts, r.LastError, r.Channel, r.Note);

    private static readonly Func<Reminder, ReminderResponse> Compiled = Projection.Compile();

    public static ReminderResponse From(Reminder reminder) => Compiled(reminder);
}
