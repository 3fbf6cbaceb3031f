using PhoneNumbers;

namespace ClinicOps.Scheduling.Services;

/// <summary>Turns what staff type into E.164 (+4930123456), the form phone numbers are compared and stored in.</summary>
public sealed class PhoneNumberNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// A number with a '+' (or an international prefix such as 00) is read as written; one without is read in
    /// <paramref name="country"/>, and refused when the clinic's country is not known.
    /// </summary>
    public PhoneNormalization Normalize(string raw, string? country)
    {
        var input = raw.Trim();
        var international = input.StartsWith('+');
        if (!international && country is null)
        {
            return PhoneNormalization.Failed(
                "Write the phone number in international format, starting with + and the country code (the clinic's country is not known).");
        }

        try
        {
            var number = Util.Parse(input, international ? "ZZ" : country);
            return Util.IsValidNumber(number)
                ? PhoneNormalization.Succeeded(Util.Format(number, PhoneNumberFormat.E164))
                : PhoneNormalization.Failed("phone is not a valid phone number.");
        }
        catch (NumberParseException)
        {
            return PhoneNormalization.Failed("phone is not a valid phone number.");
        }
    }
}
