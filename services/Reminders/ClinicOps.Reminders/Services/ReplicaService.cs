using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;

namespace ClinicOps.Reminders.Services;

/// <summary>
/// Keeps the local copies of clinics, doctors and patients that reminder messages need. Each row remembers the
/// time of the newest event applied, so an older event that arrives late changes nothing.
/// Runs inside a consumer, whose tenant is the event's clinic.
/// </summary>
public sealed class ReplicaService(RemindersDbContext db)
{
    public async Task ApplyClinicAsync(Guid clinicId, string name, string timeZone, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var clinic = await db.Clinics.FindAsync([clinicId], ct);
        if (clinic is null)
        {
            db.Clinics.Add(Clinic.Create(name, timeZone, occurredAt));
        }
        else
        {
            clinic.ApplyIfNewer(name, timeZone, occurredAt);
        }
    }

    public async Task ApplyDoctorAsync(Guid doctorId, string name, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var doctor = await db.Doctors.FindAsync([doctorId], ct);
        if (doctor is null)
        {
            db.Doctors.Add(Doctor.Create(doctorId, name, occurredAt));
        }
        else
        {
            doctor.ApplyIfNewer(name, occurredAt);
        }
    }

    public async Task ApplyPatientAsync(Guid patientId, string name, string phone, string? email, DateTimeOffset occurredAt,
        CancellationToken ct)
    {
        var patient = await db.Patients.FindAsync([patientId], ct);
        if (patient is null)
        {
            db.Patients.Add(Patient.Create(patientId, name, phone, email, occurredAt));
        }
        else
        {
            patient.ApplyIfNewer(name, phone, email, occurredAt);
        }
    }
}
