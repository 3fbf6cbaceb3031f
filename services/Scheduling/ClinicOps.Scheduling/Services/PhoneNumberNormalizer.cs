using PhoneNumbers;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// Turns what staff type into E.164 (+4930123456), the form phone numbers are compared and stored in, and keeps to the
/// kinds of number a person answers: reminders go to this number as SMS, so a premium-rate, shared-cost, toll-free,
/// UAN, voicemail, pager or personal-redirect number would let anyone make the clinic's sender pay for or pump messages
/// to numbers that are not a patient's own.
/// </summary>
public sealed class PhoneNumberNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private static readonly HashSet<PhoneNumberType> PersonalTypes =
        [PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.VOIP];

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
            if (!Util.IsValidNumber(number))
            {
                return PhoneNormalization.Failed("phone is not a valid phone number.");
            }

            var type = Util.GetNumberType(number);
            return PersonalTypes.Contains(type)
                ? PhoneNormalization.Succeeded(Util.Format(number, PhoneNumberFormat.E164))
                : PhoneNormalization.Failed(
                    $"phone is a {Describe(type)} number; only a personal mobile or landline number is accepted.");
        }
        catch (NumberParseException)
        {
            return PhoneNormalization.Failed("phone is not a valid phone number.");
        }
    }

    private static string Describe(PhoneNumberType type) => type switch
    {
        PhoneNumberType.PREMIUM_RATE => "premium-rate",
        PhoneNumberType.SHARED_COST => "shared-cost",
        PhoneNumberType.TOLL_FREE => "toll-free",
        PhoneNumberType.UAN => "universal access (UAN)",
        PhoneNumberType.VOICEMAIL => "voicemail",
        PhoneNumberType.PAGER => "pager",
        PhoneNumberType.PERSONAL_NUMBER => "personal redirect",
        _ => "service",
    };
}
