namespace ClinicOps.Reminders.Channels;

/// <summary>
/// What the reminders service needs before it may send anything for real. In Development (and in the test fixtures'
/// Testing environment) sms may go to the development channel, which only logs, and email may go to the local mailbox
/// without TLS. Anywhere else those would mark messages "sent" that nobody received, or send patients' details in
/// clear text, so the service refuses to start and says which settings are missing.
/// </summary>
public static class ChannelSettingsCheck
{
    public const string TestingEnvironment = "Testing";

    public static bool AllowsDevelopmentChannels(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);

    /// <summary>Throws, naming every missing or unsafe setting, when <paramref name="environment"/> sends for real.</summary>
    public static void Verify(IHostEnvironment environment, SmsOptions sms, SmtpOptions smtp)
    {
        if (AllowsDevelopmentChannels(environment))
        {
            return;
        }

        var problems = new List<string>();
        if (!sms.IsConfigured)
        {
            problems.Add("no SMS provider: set Sms:Url and Sms:ApiKey (and Sms:AccountSid, Sms:From)");
        }

        if (string.IsNullOrWhiteSpace(smtp.Host) || string.IsNullOrWhiteSpace(smtp.From))
        {
            problems.Add("no mail server: set Smtp:Host and Smtp:From (and Smtp:Port, Smtp:Username, Smtp:Password)");
        }

        if (!smtp.UseTls)
        {
            problems.Add("Smtp:UseTls is false: email would carry patients' details unencrypted");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The reminders service cannot start in the '{environment.EnvironmentName}' environment: {string.Join("; ", problems)}. " +
                "The development SMS channel and plain-text SMTP are for Development only.");
        }
    }
}
