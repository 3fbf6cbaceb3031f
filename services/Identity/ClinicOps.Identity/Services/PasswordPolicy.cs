using System.Text;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Identity.Services;

/// <summary>
/// What a new password must be: 8–128 characters within bcrypt's 72 bytes, not a common password, not containing
/// the user's email, name or clinic name, and hard to guess: zxcvbn's strength score at least <see cref="MinScore"/> of 4.
/// </summary>
public sealed class PasswordPolicy(CommonPasswords commonPasswords)
{
    public const int MinLength = 8;
    public const int MaxLength = 128;
    /// <summary>bcrypt ignores every byte after the 72nd, so a longer password would not mean what its owner thinks.</summary>
    public const int MaxBytes = 72;
    /// <summary>zxcvbn's 3: "safely unguessable" — about 10^8 guesses or more.</summary>
    public const int MinScore = 3;
    /// <summary>Shorter personal values ("Al", "Jo") are too common inside unrelated words to refuse on.</summary>
    private const int MinPersonalLength = 3;

    public void Check(string? password, PersonalWords personal, ValidationErrors errors, string field = "password")
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
        else if (PersonalPart(password, personal) is { } part)
        {
            errors.Add(field, $"Password must not contain your {part}; choose another.");
        }
        else if (Zxcvbn.Zxcvbn.MatchPassword(password, personal.AsDictionary()) is { Score: < MinScore } estimate)
        {
            errors.Add(field, Weakness(estimate));
        }
    }

    /// <summary>Which of the user's own values the password contains ("email", "name", "clinic name"), if any.</summary>
    private static string? PersonalPart(string password, PersonalWords personal)
    {
        var simplified = PersonalWords.Simplify(password);
        bool Contains(string? value) =>
            PersonalWords.Simplify(value) is { Length: >= MinPersonalLength } part && simplified.Contains(part, StringComparison.Ordinal);

        return Contains(personal.Email) || Contains(personal.Email?.Split('@')[0]) ? "email"
            : Contains(personal.Name) ? "name"
            : Contains(personal.ClinicName) ? "clinic name"
            : null;
    }

    private static string Weakness(Zxcvbn.Result estimate) =>
        $"This password is too easy to guess (strength {estimate.Score} of 4, at least {MinScore} needed; time to crack: "
        + $"{estimate.CrackTimeDisplay}). Use a longer passphrase of unrelated words.";
}
