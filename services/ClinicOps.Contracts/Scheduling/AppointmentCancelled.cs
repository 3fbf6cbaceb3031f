namespace ClinicOps.Contracts.Scheduling;

public sealed record AppointmentCancelled : AppointmentSnapshot
{
    public string? Reason { get; init; }
}
