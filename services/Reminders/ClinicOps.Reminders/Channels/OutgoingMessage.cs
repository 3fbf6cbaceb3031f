namespace ClinicOps.Reminders.Channels;

/// <summary>A rendered reminder: to whom (an email address or an E.164 phone number) and what.</summary>
public sealed record OutgoingMessage(Guid ReminderId, string Recipient, string RecipientName, string Subject, string Body);
