using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.IntegrationEvents.EventHandling;

public sealed class AppointmentMarkedNoShowConsumer(RemindersDbContext db, ITenantContext tenant, AutomaticReminders reminders)
    : IdempotentConsumer<AppointmentMarkedNoShow, RemindersDbContext>(db, tenant)
{
    protected override Task HandleAsync(AppointmentMarkedNoShow message, CancellationToken ct) => reminders.ApplyAsync(message, ct);
}
