using System.Net;
using System.Text.Json;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>The figures of GET /api/dashboard that follow from what a clinic did (everything but <c>asOf</c>).</summary>
public sealed record DashboardFigures(
    int TotalAppointments,
    int UpcomingAppointments,
    int CompletedAppointments,
    int CancelledAppointments,
    int NoShowAppointments,
    decimal Revenue,
    int PendingPaymentsCount,
    decimal PendingPaymentsAmount,
    int PendingReminders,
    string? Currency)
{
    public const string Path = "/api/dashboard";

    public static DashboardFigures From(JsonElement json)
    {
        var pending = json.GetProperty("pendingPayments");
        return new DashboardFigures(
            json.GetProperty("totalAppointments").GetInt32(),
            json.GetProperty("upcomingAppointments").GetInt32(),
            json.GetProperty("completedAppointments").GetInt32(),
            json.GetProperty("cancelledAppointments").GetInt32(),
            json.GetProperty("noShowAppointments").GetInt32(),
            json.GetProperty("revenue").GetDecimal(),
            pending.GetProperty("count").GetInt32(),
            pending.GetProperty("amount").GetDecimal(),
            json.GetProperty("pendingReminders").GetInt32(),
            json.TryGetProperty("currency", out var currency) && currency.ValueKind == JsonValueKind.String ? currency.GetString() : null);
    }

    public static async Task<DashboardFigures> ReadAsync(HttpClient client) =>
        From((await client.ReadAsync(Path)).Expect(HttpStatusCode.OK).Json);
}
