namespace ClinicOps.Web.Api;

/// <summary>The signed-in clinic as GET /api/me shows it now (its zone and slot step may have changed since sign-in).</summary>
/// <param name="SlotStepMinutes">The grid on which free slots are offered and the calendar's rows are drawn.</param>
public sealed record CurrentClinic(Guid Id, string Name, string TimeZone, string Currency, int SlotStepMinutes);
