namespace ClinicOps.Web.Api;

/// <summary>
/// GET /api/dashboard: the clinic's figures from the analytics read model. Revenue counts paid payments net of refunds;
/// <see cref="AsOf"/> is the time of the newest event the figures include (null before the first one).
/// </summary>
public sealed record DashboardFigures(
    int TotalAppointments,
    int UpcomingAppointments,
    int CompletedAppointments,
    int CancelledAppointments,
    int NoShowAppointments,
    decimal Revenue,
    PendingPayments PendingPayments,
    int PendingReminders,
    string? Currency,
    DateTimeOffset? AsOf);
