using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.IntegrationEvents.EventHandling;

public sealed class AppointmentCompletedConsumer(RemindersDbContext db, ITenantContext tenant, AutomaticReminders reminders)
    : IdempotentConsumer<AppointmentCompleted, RemindersDbContext>(db, tenant)
{
    protected override Task HandleAsync(AppointmentCompleted message, CancellationToken ct) => reminders.ApplyAsync(message, ct);
}
