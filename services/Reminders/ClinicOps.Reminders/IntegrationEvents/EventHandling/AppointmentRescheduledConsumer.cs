using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Services;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.IntegrationEvents.EventHandling;

public sealed class AppointmentRescheduledConsumer(RemindersDbContext db, ITenantContext tenant, AutomaticReminders reminders)
    : IdempotentConsumer<AppointmentRescheduled, RemindersDbContext>(db, tenant)
{
    protected override Task HandleAsync(AppointmentRescheduled message, CancellationToken ct) => reminders.ApplyAsync(message, ct);
}
