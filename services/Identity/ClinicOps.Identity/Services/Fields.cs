using ClinicOps.Contracts.Identity;
using ClinicOps.Identity.Model;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Identity.Services;

/// <summary>Checks and normalises request fields, collecting every problem in <see cref="ValidationErrors"/>.</summary>
public static class Fields
{
    public static string Name(string? value, string field, int maxLength, ValidationErrors errors)
    {
        var name = value?.Trim() ?? "";
        errors.AddIf(name.Length == 0, field, "This field is required.")
            .AddIf(name.Length > maxLength, field, $"At most {maxLength} characters.")
            .AddIfNotSingleLine(field, value);
        return name;
    }

    public static string Email(string? value, ValidationErrors errors, string field = "email")
    {
        var email = EmailAddresses.Normalize(value);
        if (!SingleLineText.IsSingleLine(value))
        {
            errors.Add(field, SingleLineText.Message);
        }
        else if (email.Length == 0)
        {
            errors.Add(field, "Email is required.");
        }
        else if (email.Length > User.MaxEmailLength)
        {
            errors.Add(field, $"Email must be at most {User.MaxEmailLength} characters long.");
        }
        else if (!EmailAddresses.IsValid(email))
        {
            errors.Add(field, "Email is not a valid address.");
        }

        return email;
    }

    public static string TimeZone(string? value, ValidationErrors errors, string field = "timeZone")
    {
        if (TimeZones.TryNormalize(value, out var zone))
        {
            return zone;
        }

        errors.Add(field, string.IsNullOrWhiteSpace(value)
            ? "Time zone is required."
            : "Time zone must be an IANA time zone id such as \"Europe/London\" or \"UTC\".");
        return "";
    }

    public static string Currency(string? value, ValidationErrors errors, string field = "currency")
    {
        if (Currencies.TryNormalize(value, out var code))
        {
            return code;
        }

        errors.Add(field, string.IsNullOrWhiteSpace(value)
            ? "Currency is required."
            : "Currency must be an ISO 4217 code in use, such as \"USD\", \"EUR\" or \"GBP\".");
        return "";
    }

    public static string Role(string? value, ValidationErrors errors, string field = "role")
    {
        var role = value?.Trim().ToLowerInvariant() ?? "";
        errors.AddIf(!Roles.All.Contains(role), field, $"Role must be one of: {string.Join(", ", Roles.All)}.");
        return role;
    }

    public static int SlotStep(int minutes, ValidationErrors errors, string field = "slotStepMinutes")
    {
        errors.AddIf(minutes is < Clinic.MinSlotStepMinutes or > Clinic.MaxSlotStepMinutes || minutes % 5 != 0, field,
            $"The slot step must be a multiple of 5 minutes from {Clinic.MinSlotStepMinutes} to {Clinic.MaxSlotStepMinutes}.");
        return minutes;
    }
}
