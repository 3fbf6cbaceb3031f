using System.Net.Mail;
using ClinicOps.Identity.Model;

namespace ClinicOps.Identity.Services;

public static class EmailAddresses
{
    /// <summary>Trimmed and lower-cased, so "Ann@Clinic.org " and "ann@clinic.org" are one account.</summary>
    public static string Normalize(string? email) => (email ?? "").Trim().ToLowerInvariant();

    public static bool IsValid(string normalized) =>
        normalized.Length is > 0 and <= User.MaxEmailLength
        && MailAddress.TryCreate(normalized, out var parsed)
        && parsed.Address == normalized
        && parsed.Host.Contains('.', StringComparison.Ordinal);
}
