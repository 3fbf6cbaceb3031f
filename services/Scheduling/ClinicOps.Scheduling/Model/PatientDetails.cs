namespace ClinicOps.Scheduling.Model;

/// <summary>A patient's editable fields, already validated and normalised (phone in E.164).</summary>
public sealed record PatientDetails(string Name, string Phone, string? Email, DateOnly? DateOfBirth);
