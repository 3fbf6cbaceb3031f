namespace ClinicOps.Analytics.Services;

/// <summary>How many future scheduled appointments a doctor has.</summary>
internal sealed record DoctorUpcoming(Guid DoctorId, int Count);
