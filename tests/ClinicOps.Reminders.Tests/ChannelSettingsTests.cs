using ClinicOps.Reminders.Channels;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Reminders.Tests;

/// <summary>
/// Outside Development the service sends for real or not at all: without an SMS provider, a mail server or TLS it
/// refuses to start and names what is missing, and the development SMS channel never logs a whole number or text.
/// </summary>
public sealed class ChannelSettingsTests
{
    private static readonly Dictionary<string, string?> RealChannels = new()
    {
        ["Sms:Url"] = "https://sms.example.test/messages",
        ["Sms:AccountSid"] = "AC123",
        ["Sms:ApiKey"] = "secret",
        ["Sms:From"] = "+15550001111",
        ["Smtp:Host"] = "mail.example.test",
        ["Smtp:Port"] = "587",
        ["Smtp:From"] = "Reminders <reminders@example.test>",
    };

    [Fact]
    public async Task In_production_without_an_sms_provider_or_a_mail_server_the_service_does_not_start_and_says_what_is_missing()
    {
        await using var factory = new ProductionFactory(new Dictionary<string, string?>());
        await factory.InitializeAsync();

        var refused = Assert.Throws<InvalidOperationException>(() => factory.Services);

        Assert.Contains("'Production' environment", refused.Message);
        Assert.Contains("set Sms:Url and Sms:ApiKey", refused.Message);
        Assert.Contains("set Smtp:Host and Smtp:From", refused.Message);
    }

    [Fact]
    public async Task In_production_email_without_tls_is_refused()
    {
        await using var factory = new ProductionFactory(new Dictionary<string, string?>(RealChannels) { ["Smtp:UseTls"] = "false" });
        await factory.InitializeAsync();

        var refused = Assert.Throws<InvalidOperationException>(() => factory.Services);

        Assert.Contains("Smtp:UseTls is false", refused.Message);
        Assert.DoesNotContain("Sms:Url", refused.Message);
    }

    [Fact]
    public async Task In_production_with_a_provider_and_a_mail_server_over_tls_the_service_starts_and_sends_sms_through_the_provider()
    {
        await using var factory = new ProductionFactory(RealChannels);
        await factory.InitializeAsync();

        var channels = factory.Services.GetServices<IReminderChannel>().ToList();

        Assert.DoesNotContain(channels, c => c is DevelopmentSmsChannel);
        Assert.Contains(channels, c => c is SmsChannel);
        Assert.True(factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmtpOptions>>().Value.UseTls);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Testing", false)]
    [InlineData("Staging", false)]
    public async Task The_development_sms_channel_logs_the_whole_number_and_text_only_in_development(string environment, bool whole)
    {
        var logger = new RecordingLogger<DevelopmentSmsChannel>();
        var channel = new DevelopmentSmsChannel(new HostingEnvironment { EnvironmentName = environment }, logger);
        var message = new OutgoingMessage(Guid.CreateVersion7(), "+12125550187", "Grace Hopper", "Appointment reminder", "Your visit is tomorrow at 09:30");

        var result = await channel.SendAsync(message, CancellationToken.None);

        Assert.Equal((true, "sms-dev-log"), (result.Delivered, result.Channel));
        var line = Assert.Single(logger.Lines);
        Assert.Equal(whole, line.Contains("+12125550187", StringComparison.Ordinal));
        Assert.Equal(whole, line.Contains("Your visit is tomorrow", StringComparison.Ordinal));
        Assert.Contains(whole ? "+12125550187" : "…187", line);
    }

    /// <summary>The service as a deployment would run it: the Production environment and only the settings given.</summary>
    private sealed class ProductionFactory(IReadOnlyDictionary<string, string?> settings) : ServiceFactory<RemindersDbContext>("reminders")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Reminders:Dispatcher:Enabled", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    private sealed class RecordingLogger<T> : ILogger<T>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
