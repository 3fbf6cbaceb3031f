using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Scheduling.Services;

/// <summary>Checks and normalises contact fields, collecting field errors instead of stopping at the first.</summary>
public sealed class ContactValidator(ClinicCalendar clinic, PhoneNumberNormalizer phones)
{
    public static readonly DateOnly EarliestDateOfBirth = new(1900, 1, 1);

    public string? Email(string? raw, ValidationErrors errors)
    {
        var email = Text.Clean(raw);
        if (!SingleLineText.IsSingleLine(raw))
        {
            errors.Add("email", SingleLineText.Message);
        }
        else if (email is not null && !ContactRules.IsValidEmail(email))
        {
            errors.Add("email", "email is not a valid email address.");
        }

        return email;
    }

    /// <summary>E.164, reading a number without '+' in the clinic's country.</summary>
    public async Task<string?> PhoneAsync(string? raw, ValidationErrors errors, CancellationToken ct)
    {
        if (Text.Clean(raw) is not { } phone)
        {
            errors.Add("phone", "phone is required.");
            return null;
        }

        var country = (await clinic.CurrentAsync(ct)).Country;
        var result = phones.Normalize(phone, country);
        if (result.Error is { } error)
        {
            errors.Add("phone", error);
        }

        return result.E164;
    }

    /// <summary>Not in the future, judged by the date in the clinic's time zone.</summary>
    public async Task<DateOnly?> DateOfBirthAsync(DateOnly? dateOfBirth, ValidationErrors errors, CancellationToken ct)
    {
        if (dateOfBirth is not { } date)
        {
            return null;
        }

        var today = (await clinic.CurrentAsync(ct)).Today;
        errors.AddIf(date > today, "dateOfBirth", "dateOfBirth must not be in the future.")
            .AddIf(date < EarliestDateOfBirth, "dateOfBirth", $"dateOfBirth must not be before {EarliestDateOfBirth:yyyy-MM-dd}.");
        return date;
    }
}
