using System.Text;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Identity.Services;

/// <summary>What a new password must be: 8–128 characters, within bcrypt's 72 bytes, and not a common password.</summary>
public sealed class PasswordPolicy(CommonPasswords commonPasswords)
{
    public const int MinLength = 8;
    public const int MaxLength = 128;
    /// <summary>bcrypt ignores every byte after the 72nd, so a longer password would not mean what its owner thinks.</summary>
    public const int MaxBytes = 72;

    public void Check(string? password, ValidationErrors errors, string field = "password")
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(field, "Password is required.");
        }
        else if (password.Length < MinLength)
        {
            errors.Add(field, $"Password must be at least {MinLength} characters long.");
        }
        else if (password.Length > MaxLength)
        {
            errors.Add(field, $"Password must be at most {MaxLength} characters long.");
        }
        else if (Encoding.UTF8.GetByteCount(password) > MaxBytes)
        {
            errors.Add(field, $"Password must be at most {MaxBytes} bytes in UTF-8 (bcrypt ignores the rest); use fewer or simpler characters.");
        }
        else if (commonPasswords.Contains(password))
        {
            errors.Add(field, "This password is one of the most common ones and easy to guess; choose another.");
        }
    }
}
