namespace ClinicOps.Analytics.Tests.Infrastructure;

public sealed record DoctorFiguresDto(Guid DoctorId, string? Name, int Total, int Upcoming, int Completed, int NoShow, decimal Revenue);
