using System.Collections.Concurrent;
using System.Net;
using ClinicOps.Reminders.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClinicOps.Reminders.Tests;

/// <summary>The channels on their own, each against a real server on the loopback interface.</summary>
public sealed class ChannelTests
{
    private static readonly OutgoingMessage Message =
        new(Guid.CreateVersion7(), "+12125550100", "Grace Hopper", "Appointment reminder", "Reminder from Sunrise Clinic: ...");

    [Fact]
    public async Task Email_without_a_configured_host_fails_with_a_plain_reason()
    {
        var channel = new EmailChannel(new StaticOptionsMonitor<SmtpOptions>(new SmtpOptions { From = "a@b.test" }),
            NullLogger<EmailChannel>.Instance);

        var result = await channel.SendAsync(Message with { Recipient = "grace@example.test" }, CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Equal("Email sending is not set up on the server.", result.Error);
    }

    [Fact]
    public async Task Email_to_an_invalid_address_fails_permanently()
    {
        var channel = new EmailChannel(new StaticOptionsMonitor<SmtpOptions>(new SmtpOptions { Host = "127.0.0.1", From = "a@b.test" }),
            NullLogger<EmailChannel>.Instance);

        var result = await channel.SendAsync(Message with { Recipient = "not an address" }, CancellationToken.None);

        Assert.Equal((false, true), (result.Delivered, result.Permanent));
    }

    [Fact]
    public async Task Sms_is_a_form_post_with_basic_auth_to_the_provider()
    {
        await using var provider = await SmsProvider.StartAsync(StatusCodes.Status201Created);
        var channel = CreateSmsChannel(provider.Url);

        var result = await channel.SendAsync(Message, CancellationToken.None);

        Assert.Equal((true, "sms-http"), (result.Delivered, result.Channel));
        var request = Assert.Single(provider.Requests);
        Assert.Equal("Basic " + Convert.ToBase64String("AC123:secret"u8.ToArray()), request.Authorization);
        Assert.Equal(("+12125550100", "+15550001111", Message.Body), (request.Form["To"], request.Form["From"], request.Form["Body"]));
    }

    [Theory]
    [InlineData(StatusCodes.Status400BadRequest, true, "The SMS provider refused the message.")]
    [InlineData(StatusCodes.Status429TooManyRequests, false, "The SMS provider is busy or unavailable.")]
    [InlineData(StatusCodes.Status503ServiceUnavailable, false, "The SMS provider is busy or unavailable.")]
    public async Task A_provider_refusal_is_a_failure_permanent_only_for_the_messages_own_faults_with_a_plain_reason(int status,
        bool permanent, string reason)
    {
        await using var provider = await SmsProvider.StartAsync(status);
        var channel = CreateSmsChannel(provider.Url);

        var result = await channel.SendAsync(Message, CancellationToken.None);

        // What staff read: the provider's answer (its body here) stays in the log.
        Assert.Equal((false, permanent, reason), (result.Delivered, result.Permanent, result.Error));
    }

    [Fact]
    public async Task An_unreachable_provider_is_a_failure_to_retry()
    {
        var channel = CreateSmsChannel("http://127.0.0.1:1/sms");

        var result = await channel.SendAsync(Message, CancellationToken.None);

        Assert.Equal((false, false), (result.Delivered, result.Permanent));
        Assert.Equal("The SMS provider could not be reached.", result.Error);
    }

    private static SmsChannel CreateSmsChannel(string url) =>
        new(new HttpClient(), Options.Create(new SmsOptions { Url = url, AccountSid = "AC123", ApiKey = "secret", From = "+15550001111" }),
            NullLogger<SmsChannel>.Instance);

    private sealed class StaticOptionsMonitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }

    private sealed record ReceivedRequest(string? Authorization, IReadOnlyDictionary<string, string> Form);

    /// <summary>A Twilio-style provider on a free loopback port that answers every request with one status code.</summary>
    private sealed class SmsProvider : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private SmsProvider(WebApplication app, string url)
        {
            _app = app;
            Url = url;
        }

        public string Url { get; }

        public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

        public static async Task<SmsProvider> StartAsync(int status)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            SmsProvider? self = null;
            app.MapPost("/sms", async (HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                self!.Requests.Enqueue(new ReceivedRequest(request.Headers.Authorization.ToString(),
                    form.ToDictionary(f => f.Key, f => f.Value.ToString())));
                return Results.Text("{\"message\":\"provider says so\"}", "application/json", statusCode: status);
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            self = new SmsProvider(app, $"{address}/sms");
            return self;
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
