using System.Net.Mail;

namespace ClinicOps.Scheduling.Model;

public static class ContactRules
{
    public const int MaxEmailLength = 254;
    /// <summary>E.164 has at most 15 digits after the '+'.</summary>
    public const int MaxPhoneLength = 16;

    /// <summary>A single plain address (local@domain.tld), without a display name.</summary>
    public static bool IsValidEmail(string email) =>
        email.Length <= MaxEmailLength
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');
}
