using ClinicOps.Reminders.Services;

namespace ClinicOps.Reminders.Apis;

public sealed record ReminderApiServices(ReminderService Reminders, ReminderSettingsService Settings, CancellationToken CancellationToken);
