using ClinicOps.Billing.Model;
using ClinicOps.ServiceDefaults.Http;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Billing.Infrastructure.Http;

/// <summary>
/// Scheduling's API, for the one question billing cannot answer from its replica: an appointment booked a moment
/// ago whose AppointmentScheduled event has not arrived yet. BaseAddress: <c>Services:Scheduling</c>
/// (default <c>https+http://scheduling</c>, resolved by service discovery); the caller's token is forwarded.
/// </summary>
public sealed class SchedulingClient(HttpClient http, ILogger<SchedulingClient> logger)
{
    public const string ConfigurationKey = "Services:Scheduling";
    public const string DefaultAddress = "https+http://scheduling";
    public const int FetchedVersion = 0;

    /// <summary>The appointment as scheduling has it now; 404 when it is not one of the caller's clinic (or was deleted).</summary>
    public async Task<AppointmentState> GetAppointmentAsync(Guid appointmentId, CancellationToken ct)
    {
        var appointment = await UpstreamCall.GetJsonAsync<SchedulingAppointment>(http, "scheduling", $"api/appointments/{appointmentId:D}", logger, ct)
            ?? throw new NotFoundException("Appointment");
        // Version 0, below every event's (1 at booking): the API's `version` is the row's concurrency token (the ETag),
        // not the event Version, so the first event for the appointment replaces this state instead of being judged stale.
        return new AppointmentState(appointment.Id, FetchedVersion, appointment.DoctorId, appointment.PatientId,
            appointment.StartsAt, appointment.Status, Deleted: false, appointment.Price);
    }

    private sealed record SchedulingAppointment(Guid Id, Guid DoctorId, Guid PatientId, DateTimeOffset StartsAt, string Status, decimal? Price);
}
