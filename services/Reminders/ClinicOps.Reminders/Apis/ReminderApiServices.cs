using ClinicOps.Reminders.Services;

namespace ClinicOps.Reminders.Apis;

/// <summary>The dependencies of the reminder endpoints, bound with [AsParameters].</summary>
public sealed record ReminderApiServices(ReminderService Reminders, ReminderSettingsService Settings);
