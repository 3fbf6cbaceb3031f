namespace ClinicOps.Web.Api;

/// <summary>One doctor's figures; <see cref="Name"/> is null while the doctor's details have not reached analytics.</summary>
public sealed record DoctorFigures(Guid DoctorId, string? Name, int Total, int Upcoming, int Completed, int NoShow, decimal Revenue);
