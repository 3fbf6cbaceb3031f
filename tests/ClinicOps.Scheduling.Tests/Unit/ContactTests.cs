using ClinicOps.Scheduling.Model;
using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Tests.Unit;

public sealed class ContactTests
{
    private static readonly PhoneNumberNormalizer Phones = new();
    private static readonly TimeZoneCountries Countries = new();

    [Theory]
    [InlineData("030 1234567", "DE", "+49301234567")]
    [InlineData("0049 30 1234567", "DE", "+49301234567")]
    [InlineData("+44 20 7946 0018", "DE", "+442079460018")]
    [InlineData("(212) 555-0134", "US", "+12125550134")]
    [InlineData("+49 30 1234567", null, "+49301234567")]
    public void Phone_numbers_are_normalised_to_E164(string input, string? country, string expected) =>
        Assert.Equal(expected, Phones.Normalize(input, country).E164);

    [Theory]
    [InlineData("030 1234567", null, "international format")]
    [InlineData("12", "DE", "not a valid")]
    [InlineData("+999 1234", "DE", "not a valid")]
    [InlineData("hello", "DE", "not a valid")]
    public void Unusable_phone_numbers_are_refused_with_a_reason(string input, string? country, string reason)
    {
        var result = Phones.Normalize(input, country);
        Assert.Null(result.E164);
        Assert.Contains(reason, result.Error);
    }

    [Theory]
    [InlineData("+44 7911 123456")]
    [InlineData("+44 20 7946 0018")]
    [InlineData("+49 151 11111111")]
    [InlineData("+1 212 555 0134")]
    public void Personal_mobile_and_landline_numbers_are_accepted(string input) =>
        Assert.NotNull(Phones.Normalize(input, null).E164);

    [Theory]
    [InlineData("+44 901 234 5678", "premium-rate")]
    [InlineData("+44 800 123 4567", "toll-free")]
    [InlineData("+44 76 4012 3456", "pager")]
    [InlineData("+44 70 1234 5678", "personal redirect")]
    [InlineData("+44 55 1123 4567", "universal access (UAN)")]
    [InlineData("+49 900 1 234567", "premium-rate")]
    public void Non_personal_number_types_are_refused_naming_the_type(string input, string kind)
    {
        var result = Phones.Normalize(input, null);
        Assert.Null(result.E164);
        Assert.Equal($"phone is a {kind} number; only a personal mobile or landline number is accepted.", result.Error);
    }

    [Theory]
    [InlineData("Europe/Berlin", "DE")]
    [InlineData("America/New_York", "US")]
    [InlineData("Europe/Kiev", "UA")]
    [InlineData("US/Eastern", "US")]
    [InlineData("asia/kolkata", "IN")]
    [InlineData("Etc/UTC", null)]
    [InlineData("Mars/Olympus", null)]
    [InlineData(null, null)]
    public void The_country_comes_from_the_IANA_time_zone(string? timeZone, string? country) =>
        Assert.Equal(country, Countries.CountryOf(timeZone));

    [Theory]
    [InlineData("ada@example.com", true)]
    [InlineData("a.b+tag@mail.example.org", true)]
    [InlineData("ada@example", false)]
    [InlineData("ada@", false)]
    [InlineData("Ada <ada@example.com>", false)]
    [InlineData("a@b.c, d@e.f", false)]
    public void Emails_are_single_plain_addresses(string email, bool valid) => Assert.Equal(valid, ContactRules.IsValidEmail(email));
}
