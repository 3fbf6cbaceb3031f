namespace ClinicOps.Analytics.Tests.Infrastructure;

public sealed class AppointmentState(Guid id, Guid doctorId, Guid patientId, DateTimeOffset startsAt)
{
    public Guid Id { get; } = id;
    public Guid DoctorId { get; set; } = doctorId;
    public Guid PatientId { get; } = patientId;
    public DateTimeOffset StartsAt { get; set; } = startsAt;
    public string Status { get; set; } = "scheduled";
    public bool Deleted { get; set; }
    public int Version { get; set; } = 1;
}
