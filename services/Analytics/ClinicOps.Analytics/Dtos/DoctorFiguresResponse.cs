namespace ClinicOps.Analytics.Dtos;

/// <summary>One doctor's figures; <see cref="Name"/> is null while the doctor's details have not arrived.</summary>
public sealed record DoctorFiguresResponse(
    Guid DoctorId,
    string? Name,
    int Total,
    int Upcoming,
    int Completed,
    int NoShow,
    decimal Revenue);
