namespace ClinicOps.Analytics.Tests.Infrastructure;

/// <summary>The dashboard as API.md defines it, read from the JSON by name.</summary>
public sealed record DashboardDto(
    int TotalAppointments,
    int UpcomingAppointments,
    int CompletedAppointments,
    int CancelledAppointments,
    int NoShowAppointments,
    decimal Revenue,
    PendingPaymentsDto PendingPayments,
    int PendingReminders,
    string? Currency,
    DateTimeOffset? AsOf);
