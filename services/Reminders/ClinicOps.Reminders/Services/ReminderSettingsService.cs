using ClinicOps.Contracts.Reminders;
using ClinicOps.Reminders.Dtos;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Services;

/// <summary>The caller's clinic's reminder settings; a clinic that never saved any gets the defaults.</summary>
public sealed class ReminderSettingsService(RemindersDbContext db)
{
    public async Task<ReminderSettings> GetAsync(CancellationToken ct) =>
        await db.Settings.FirstOrDefaultAsync(ct) ?? ReminderSettings.Defaults();

    public async Task<ReminderSettings> UpdateAsync(ReminderSettingsRequest request, CancellationToken ct)
    {
        Validate(request);
        var settings = await db.Settings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = ReminderSettings.Defaults();
            db.Settings.Add(settings);
        }

        settings.Update(request.LeadTimesMinutes!, request.DefaultType!, request.FollowUpAfterDays, request.FollowUpType!);
        await db.SaveChangesAsync(ct);
        return settings;
    }

    private static void Validate(ReminderSettingsRequest request)
    {
        var errors = new ValidationErrors();
        if (request.LeadTimesMinutes is not { } leadTimes)
        {
            errors.Add("leadTimesMinutes", "leadTimesMinutes is required (an empty list turns automatic reminders off).");
        }
        else
        {
            errors.AddIf(leadTimes.Length > ReminderSettings.MaxLeadTimes, "leadTimesMinutes",
                $"At most {ReminderSettings.MaxLeadTimes} lead times are allowed.");
            errors.AddIf(leadTimes.Any(m => m is < 1 or > ReminderSettings.MaxLeadTimeMinutes), "leadTimesMinutes",
                $"Each lead time must be between 1 and {ReminderSettings.MaxLeadTimeMinutes} minutes.");
            errors.AddIf(leadTimes.Distinct().Count() != leadTimes.Length, "leadTimesMinutes", "Lead times must be distinct.");
        }

        errors.AddIf(request.DefaultType is null || !ReminderSettings.DefaultTypes.Contains(request.DefaultType), "defaultType",
            $"defaultType must be one of: {string.Join(", ", ReminderSettings.DefaultTypes)}.");
        errors.AddIf(request.FollowUpAfterDays is < 1 or > ReminderSettings.MaxFollowUpAfterDays, "followUpAfterDays",
            $"followUpAfterDays must be null or between 1 and {ReminderSettings.MaxFollowUpAfterDays}.");
        errors.AddIf(request.FollowUpType is null || !ReminderTypes.All.Contains(request.FollowUpType), "followUpType",
            $"followUpType must be one of: {string.Join(", ", ReminderTypes.All)}.");
        errors.ThrowIfAny();
    }
}
