namespace ClinicOps.Contracts.Scheduling;

/// <summary>A new booking, with the names and contacts reminders need to announce it.</summary>
public sealed record AppointmentScheduled : AppointmentSnapshot
{
    public required string DoctorName { get; init; }
    public required string PatientName { get; init; }
    public required string PatientPhone { get; init; }
    public string? PatientEmail { get; init; }
}
