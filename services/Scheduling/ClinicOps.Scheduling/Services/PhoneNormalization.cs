namespace ClinicOps.Scheduling.Services;

public sealed record PhoneNormalization(string? E164, string? Error)
{
    public static PhoneNormalization Succeeded(string e164) => new(e164, null);
    public static PhoneNormalization Failed(string error) => new(null, error);
}
