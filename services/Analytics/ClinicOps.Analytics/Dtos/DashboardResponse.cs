namespace ClinicOps.Analytics.Dtos;

public sealed record DashboardResponse(
    int TotalAppointments,
    int UpcomingAppointments,
    int CompletedAppointments,
    int CancelledAppointments,
    int NoShowAppointments,
    decimal Revenue,
    PendingPaymentsResponse PendingPayments,
    int PendingReminders,
    string? Currency,
    DateTimeOffset? AsOf);
