namespace ClinicOps.Contracts.Identity;

public sealed record UserRemoved : IntegrationEvent
{
    public required Guid UserId { get; init; }
}
