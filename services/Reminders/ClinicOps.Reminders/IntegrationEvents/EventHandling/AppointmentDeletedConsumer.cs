using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.IntegrationEvents.EventHandling;

public sealed class AppointmentDeletedConsumer(RemindersDbContext db, ITenantContext tenant, AutomaticReminders reminders)
    : IdempotentConsumer<AppointmentDeleted, RemindersDbContext>(db, tenant)
{
    protected override Task HandleAsync(AppointmentDeleted message, CancellationToken ct) => reminders.ApplyAsync(message, ct);
}
