using ClinicOps.ServiceDefaults.Http;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClinicOps.Messaging;

/// <summary>Finds the caller's appointment in the service's replica, or — before its first event arrived — at scheduling.</summary>
public sealed class AppointmentDirectory<TDbContext, TAppointment>(TDbContext db, SchedulingClient scheduling)
    where TDbContext : TenantDbContext
    where TAppointment : ReplicatedAppointment, new()
{
    /// <summary>The caller's appointment unless it was deleted; 404 when scheduling does not know it in the caller's clinic.</summary>
    public async Task<TAppointment> GetLiveAsync(Guid appointmentId, CancellationToken ct)
    {
        var appointment = await GetAsync(appointmentId, ct);
        return appointment.Deleted ? throw new NotFoundException("Appointment") : appointment;
    }

    /// <summary>The caller's appointment, deleted or not; 404 when scheduling does not know it in the caller's clinic.</summary>
    public async Task<TAppointment> GetAsync(Guid appointmentId, CancellationToken ct) =>
        await db.Set<TAppointment>().SingleOrDefaultAsync(a => a.Id == appointmentId, ct)
        ?? await FetchFromSchedulingAsync(appointmentId, ct);

    /// <summary>
    /// The replica learns of a booking from AppointmentScheduled, which comes a moment after the booking (scheduling's
    /// outbox → broker → our inbox). A request about it right after booking must not answer 404 in that window, so we
    /// ask scheduling — the owner of appointments — with the caller's own token (it applies the same clinic filter and
    /// answers 404 for another clinic's appointment) and keep its answer in the replica as the fetched version; the
    /// events, when they arrive, take over from it.
    /// </summary>
    private async Task<TAppointment> FetchFromSchedulingAsync(Guid appointmentId, CancellationToken ct)
    {
        var answer = await scheduling.GetAppointmentAsync(appointmentId, ct) ?? throw new NotFoundException("Appointment");
        await db.InsertIfAbsentAsync(ReplicatedAppointment.Fetched<TAppointment>(answer), ct);
        // Inserted now, or by an event's consumer a moment before: either way the row holds the newest state.
        return await db.Set<TAppointment>().SingleOrDefaultAsync(a => a.Id == appointmentId, ct) ?? throw new NotFoundException("Appointment");
    }
}

public static class AppointmentDirectoryExtensions
{
    /// <summary>The directory of <typeparamref name="TAppointment"/> and the scheduling client it falls back to.</summary>
    public static IHostApplicationBuilder AddAppointmentDirectory<TDbContext, TAppointment>(this IHostApplicationBuilder builder)
        where TDbContext : TenantDbContext
        where TAppointment : ReplicatedAppointment, new()
    {
        builder.AddUpstreamClient<SchedulingClient>(SchedulingClient.ConfigurationKey, SchedulingClient.DefaultAddress);
        builder.Services.AddScoped<AppointmentDirectory<TDbContext, TAppointment>>();
        return builder;
    }
}
