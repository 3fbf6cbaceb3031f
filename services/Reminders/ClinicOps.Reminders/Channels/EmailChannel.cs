using System.Net.Sockets;
using ClinicOps.Contracts.Reminders;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ClinicOps.Reminders.Channels;

/// <summary>Email over SMTP with MailKit; host, port, credentials and sender come from <see cref="SmtpOptions"/>.</summary>
public sealed class EmailChannel(IOptionsMonitor<SmtpOptions> options, ILogger<EmailChannel> logger) : IReminderChannel
{
    public const string Name = "smtp";

    public string Type => ReminderTypes.Email;

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var smtp = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return DeliveryResult.Failure(Name, "Email is not configured: set Smtp:Host (and Smtp:Port, Smtp:From).");
        }

        if (!MailboxAddress.TryParse(smtp.From ?? "", out var from))
        {
            return DeliveryResult.Failure(Name, "Email is not configured: Smtp:From is missing or not a valid address.");
        }

        if (!MailboxAddress.TryParse(message.Recipient, out var to))
        {
            return DeliveryResult.Failure(Name, $"'{message.Recipient}' is not a valid email address.", permanent: true);
        }

        to.Name = message.RecipientName;
        var mail = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mail.From.Add(from);
        mail.To.Add(to);
        mail.Headers.Add("X-ClinicOps-Reminder", message.ReminderId.ToString());

        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            var security = !smtp.UseTls ? SecureSocketOptions.None
                : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(smtp.Host, smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.Username))
            {
                await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", ct);
            }

            await client.SendAsync(mail, ct);
            await client.DisconnectAsync(quit: true, ct);
            return DeliveryResult.Success(Name);
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or ProtocolException or CommandException
                                      or AuthenticationException or SslHandshakeException)
        {
            logger.LogWarning("Email for reminder {ReminderId} via {Host}:{Port} failed: {Error}", message.ReminderId, smtp.Host, smtp.Port,
                e.Message);
            return DeliveryResult.Failure(Name, $"SMTP {smtp.Host}:{smtp.Port}: {e.Message}");
        }
    }
}
