using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace ClinicOps.Reminders.Tests.Infrastructure;

public static class Mailbox
{
    /// <summary>The mails the SMTP server received for <paramref name="address"/>, parsed.</summary>
    public static IReadOnlyList<MimeMessage> For(SimpleSmtpServer smtp, string address) =>
        [.. smtp.ReceivedEmail
            .Where(m => m.ToAddresses.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))];
}
