namespace ClinicOps.Scheduling.Model;

/// <summary>A doctor's editable fields, already validated and normalised (phone in E.164).</summary>
public sealed record DoctorDetails(string Name, string Specialization, string? Email, string? Phone, Guid? UserId);
