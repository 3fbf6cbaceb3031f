using ClinicOps.Contracts.Reminders;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Dispatching;

/// <summary>
/// What each clinic of a claimed batch may still send today, by type, under <see cref="DailyCapOptions"/>. The sends
/// are counted from the reminders themselves (sent since the start of the clinic's day, or being sent now), under a
/// transaction-scoped advisory lock per clinic and type: a second dispatcher counting the same clinic waits until the
/// first one's claims have committed, so together they never pass the cap.
/// </summary>
public sealed class DailySendAllowance
{
    private static readonly string[] TenantFilter = [TenantModelBuilderExtensions.TenantFilter];

    private readonly Dictionary<(Guid ClinicId, string Type), int> _left;

    private DailySendAllowance(Dictionary<(Guid ClinicId, string Type), int> left) => _left = left;

    /// <summary>Locks and counts, in the claim transaction, every clinic and type of <paramref name="due"/> that is sent by sms or email.</summary>
    public static async Task<DailySendAllowance> LoadAsync(RemindersDbContext db, IReadOnlyList<Reminder> due,
        IReadOnlyDictionary<Guid, Clinic> clinics, DailyCapOptions caps, DateTimeOffset now, CancellationToken ct)
    {
        var left = new Dictionary<(Guid ClinicId, string Type), int>();
        // Locks are taken in one order by every dispatcher, so two of them never wait for each other in a circle.
        var keys = due.Select(r => (r.ClinicId, r.Type)).Distinct()
            .OrderBy(k => k.ClinicId).ThenBy(k => k.Type, StringComparer.Ordinal);
        foreach (var (clinicId, type) in keys)
        {
            var lockKey = $"reminders-daily-cap:{clinicId}:{type}";
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({lockKey}, 0))", ct);
            var dayStart = StartOfDay(now, clinics.GetValueOrDefault(clinicId)?.TimeZone).Today;
            var sent = await db.Reminders.IgnoreQueryFilters(TenantFilter)
                .CountAsync(r => r.ClinicId == clinicId && r.Type == type
                    && ((r.Status == ReminderStatuses.Sent && r.SentAt >= dayStart) || r.Status == StoredReminderStatuses.Sending), ct);
            left[(clinicId, type)] = CapOf(caps, type) - sent;
        }

        return new DailySendAllowance(left);
    }

    /// <summary>True, taking one send, while the clinic's cap for the type allows another today.</summary>
    public bool TryTake(Guid clinicId, string type)
    {
        if (_left.GetValueOrDefault((clinicId, type)) <= 0)
        {
            return false;
        }

        _left[(clinicId, type)]--;
        return true;
    }

    public static int CapOf(DailyCapOptions caps, string type) => type == ReminderTypes.Sms ? caps.Sms : caps.Email;

    /// <summary>The start of the clinic's day that holds <paramref name="now"/>, and of the next one, as instants (UTC when the zone is unknown).</summary>
    public static (DateTimeOffset Today, DateTimeOffset Tomorrow) StartOfDay(DateTimeOffset now, string? timeZone)
    {
        var zone = timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return (Midnight(today, zone), Midnight(today.AddDays(1), zone));
    }

    /// <summary>Local midnight; where a clock change skips midnight, the first local time that exists after it.</summary>
    private static DateTimeOffset Midnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
