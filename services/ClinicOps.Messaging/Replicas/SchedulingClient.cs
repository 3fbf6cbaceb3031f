using ClinicOps.ServiceDefaults.Http;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Messaging;

/// <summary>
/// Scheduling's API, for the one question a service with an appointment replica cannot answer from it: an appointment
/// booked a moment ago whose AppointmentScheduled event has not arrived yet. BaseAddress: <c>Services:Scheduling</c>
/// (default <c>https+http://scheduling</c>, resolved by service discovery); the caller's token is forwarded.
/// </summary>
public sealed class SchedulingClient(HttpClient http, ILogger<SchedulingClient> logger)
{
    public const string ConfigurationKey = "Services:Scheduling";
    public const string DefaultAddress = "https+http://scheduling";

    /// <summary>The appointment as scheduling has it now; null when it is not one of the caller's clinic (or was deleted).</summary>
    public Task<ScheduledAppointment?> GetAppointmentAsync(Guid appointmentId, CancellationToken ct) =>
        UpstreamCall.GetJsonAsync<ScheduledAppointment>(http, "scheduling", $"api/appointments/{appointmentId:D}", logger, ct);
}
