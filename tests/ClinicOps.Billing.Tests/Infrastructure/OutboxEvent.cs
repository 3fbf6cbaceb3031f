using System.Text.Json;

namespace ClinicOps.Billing.Tests.Infrastructure;

/// <param name="Type">The event's short type name, e.g. PaymentPaid.</param>
public sealed record OutboxEvent(string Type, Guid ClinicId, JsonElement Payload);
