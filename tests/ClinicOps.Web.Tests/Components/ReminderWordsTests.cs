using ClinicOps.Web.Api;

namespace ClinicOps.Web.Tests.Components;

public sealed class ReminderWordsTests
{
    [Theory]
    [InlineData("SMTP localhost:2525: Connection refused", "The email could not be handed to the mail server. It is tried again a few times.")]
    [InlineData("Email is not configured: set Smtp:Host (and Smtp:Port, Smtp:From).", "Email sending is not set up on the clinic's server. Tell support.")]
    [InlineData("'x@' is not a valid email address.", "The patient's email address is not valid. Correct it on the patient's page.")]
    [InlineData("SMS provider unreachable: timeout", "The SMS provider could not be reached. It is tried again a few times.")]
    [InlineData("SMS provider answered 400 Bad Request: invalid To", "The SMS provider refused the message. Check the patient's phone number.")]
    [InlineData("The patient has no email address.", "The patient has no email address. Add one, or remind them by SMS or a call.")]
    [InlineData("Staff could not reach the patient.", "The front desk could not reach the patient.")]
    public void A_failure_the_service_recorded_is_said_in_plain_words(string recorded, string said)
    {
        Assert.Equal(said, ReminderFailure.Describe(recorded));
        Assert.True(ReminderFailure.IsReworded(recorded));
    }

    [Fact]
    public void A_failure_of_an_unknown_kind_or_a_note_from_the_desk_is_shown_as_recorded()
    {
        Assert.Equal("Voicemail, will try again", ReminderFailure.Describe("Voicemail, will try again"));
        Assert.False(ReminderFailure.IsReworded("Voicemail, will try again"));
        Assert.Null(ReminderFailure.Describe(null));
    }

    [Theory]
    [InlineData(1, "1 minute")]
    [InlineData(90, "90 minutes")]
    [InlineData(120, "2 hours")]
    [InlineData(1440, "1 day")]
    [InlineData(1560, "1 day 2 hours")]
    [InlineData(2885, "2 days 5 minutes")]
    public void Lead_times_are_said_the_way_people_say_them(int minutes, string said) => Assert.Equal(said, LeadTime.Describe(minutes));

    [Fact]
    public void Lead_times_are_typed_as_minutes_separated_by_commas_and_anything_else_is_refused_at_the_field()
    {
        var form = new ReminderSettingsForm { LeadTimes = " 1440, 120;30 " };
        Assert.Null(form.ParseLeadTimes(out var minutes));
        Assert.Equal([1440, 120, 30], minutes);

        var wrong = new ReminderSettingsForm { LeadTimes = "1440, a day" };
        var problem = wrong.ParseLeadTimes(out _);
        Assert.Contains("“a” is not a whole number of minutes", Assert.Single(problem!.Errors[nameof(ReminderSettingsForm.LeadTimes)]), StringComparison.Ordinal);

        Assert.Null(new ReminderSettingsForm { LeadTimes = "" }.ParseLeadTimes(out var none));
        Assert.Empty(none);
    }
}
