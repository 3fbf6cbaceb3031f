using ClinicOps.Contracts.Scheduling;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// The patient's name and contacts, which reminders need to reach them — and, once the patient is deleted or
/// anonymised, only the patient's id: an erasure never repeats what it erases.
/// </summary>
internal static class PatientEvents
{
    public static PatientRegistered Registered(Guid clinicId, Patient patient, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        PatientId = patient.Id,
        Name = patient.Name,
        Phone = patient.Phone!,
        Email = patient.Email,
    };

    public static PatientUpdated Updated(Guid clinicId, Patient patient, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        PatientId = patient.Id,
        Name = patient.Name,
        Phone = patient.Phone!,
        Email = patient.Email,
    };

    public static PatientAnonymized Anonymized(Guid clinicId, Patient patient, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        PatientId = patient.Id,
    };

    public static PatientDeleted Deleted(Guid clinicId, Patient patient, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        PatientId = patient.Id,
    };
}
