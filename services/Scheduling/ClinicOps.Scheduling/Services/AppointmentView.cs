using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Services;

/// <summary>An appointment after a change, with the names its answer and its events carry.</summary>
public sealed record AppointmentView(Appointment Appointment, string DoctorName, string PatientName, string? AppointmentTypeName);
