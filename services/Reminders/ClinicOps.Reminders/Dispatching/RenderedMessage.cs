namespace ClinicOps.Reminders.Dispatching;

public sealed record RenderedMessage(string Subject, string Body);
