namespace ClinicOps.Web.Api;

/// <summary>GET /api/clinics/current: the clinic's name, time zone, currency and the grid free slots are offered on.</summary>
public sealed record ClinicSettings(Guid Id, string Name, string TimeZone, string Currency, int SlotStepMinutes);
