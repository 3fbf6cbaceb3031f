namespace ClinicOps.Web.Api;

public sealed class ClinicSettingsForm
{
    public string? ClinicName { get; set; }
    public string? TimeZone { get; set; }
    public string? Currency { get; set; }
    public int? SlotStepMinutes { get; set; }

    public static ClinicSettingsForm From(ClinicSettings clinic) => new()
    {
        ClinicName = clinic.Name,
        TimeZone = clinic.TimeZone,
        Currency = clinic.Currency,
        SlotStepMinutes = clinic.SlotStepMinutes,
    };

    /// <summary>Every field is sent: a blank one is refused by the API rather than silently left as it was.</summary>
    public object ToBody() => new
    {
        clinicName = ClinicName ?? "",
        timeZone = TimeZone ?? "",
        currency = Currency ?? "",
        slotStepMinutes = SlotStepMinutes,
    };
}
