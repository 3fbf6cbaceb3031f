using System.Net.Http.Headers;
using System.Text;
using ClinicOps.Contracts.Reminders;
using Microsoft.Extensions.Options;

namespace ClinicOps.Reminders.Channels;

/// <summary>SMS through an HTTP provider, Twilio-style: a form POST of To, From and Body with basic auth.</summary>
public sealed class SmsChannel(HttpClient http, IOptions<SmsOptions> options, ILogger<SmsChannel> logger) : IReminderChannel
{
    public const string Name = "sms-http";
    public const string Refused = "The SMS provider refused the message.";
    public const string Unavailable = "The SMS provider is busy or unavailable.";
    public const string Unreachable = "The SMS provider could not be reached.";
    private const int MaxErrorBody = 300;

    public string Type => ReminderTypes.Sms;

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var sms = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, sms.Url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["To"] = message.Recipient,
                ["From"] = sms.From,
                ["Body"] = message.Body,
            }),
        };
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sms.AccountSid ?? ""}:{sms.ApiKey}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);

        try
        {
            using var response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                return DeliveryResult.Success(Name);
            }

            var body = await response.Content.ReadAsStringAsync(ct);
            var detail = body.Length > MaxErrorBody ? body[..MaxErrorBody] : body;
            // 4xx other than 408/429 means the provider refused this message itself (bad number, bad key): retrying is futile.
            var status = (int)response.StatusCode;
            var permanent = status is >= 400 and < 500 and not 408 and not 429;
            logger.LogWarning("SMS for reminder {ReminderId} refused: the provider answered {StatusCode} {ReasonPhrase}: {ResponseBody}",
                message.ReminderId, status, response.ReasonPhrase, detail);
            return DeliveryResult.Failure(Name, permanent ? Refused : Unavailable, permanent);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "SMS for reminder {ReminderId} failed: {Error}", message.ReminderId, e.Message);
            return DeliveryResult.Failure(Name, Unreachable);
        }
    }
}
