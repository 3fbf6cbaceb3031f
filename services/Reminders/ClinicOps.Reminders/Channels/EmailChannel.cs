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
    public const string NotSetUp = "Email sending is not set up on the server.";
    public const string Unreachable = "The mail server could not be reached.";
    public const string Refused = "The mail server refused the message.";

    public string Type => ReminderTypes.Email;

    public async Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var smtp = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            logger.LogWarning("Email for reminder {ReminderId} not sent: Smtp:Host is not set", message.ReminderId);
            return DeliveryResult.Failure(Name, NotSetUp);
        }

        if (!MailboxAddress.TryParse(smtp.From ?? "", out var from))
        {
            logger.LogWarning("Email for reminder {ReminderId} not sent: Smtp:From is missing or not a valid address", message.ReminderId);
            return DeliveryResult.Failure(Name, NotSetUp);
        }

        if (!MailboxAddress.TryParse(message.Recipient, out var to))
        {
            return DeliveryResult.Failure(Name, "The patient's email address is not valid.", permanent: true);
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
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or SslHandshakeException)
        {
            logger.LogWarning(e, "Email for reminder {ReminderId} via {Host}:{Port} failed: {Error}", message.ReminderId, smtp.Host, smtp.Port,
                e.Message);
            return DeliveryResult.Failure(Name, Unreachable);
        }
        catch (Exception e) when (e is ProtocolException or CommandException or AuthenticationException)
        {
            logger.LogWarning(e, "Email for reminder {ReminderId} via {Host}:{Port} refused: {Error}", message.ReminderId, smtp.Host, smtp.Port,
                e.Message);
            return DeliveryResult.Failure(Name, Refused);
        }
    }
}
