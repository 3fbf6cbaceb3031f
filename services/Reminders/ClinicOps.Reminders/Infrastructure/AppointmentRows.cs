using ClinicOps.Reminders.Model;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Infrastructure;

/// <summary>
/// The first row of an appointment in the replica. Two paths write it — the appointment events' consumers (one queue
/// per event type, so two events of one appointment may arrive together) and the fetch from scheduling when staff ask
/// before any event arrived — so the insert is <c>ON CONFLICT DO NOTHING</c>: whoever comes second finds the row and
/// applies its state by version, and neither fails on a duplicate key.
/// </summary>
public static class AppointmentRows
{
    /// <summary>Inserts <paramref name="appointment"/> unless a row with its id exists; true when it inserted it.</summary>
    public static async Task<bool> InsertIfAbsentAsync(RemindersDbContext db, Appointment appointment, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO appointments (id, clinic_id, doctor_id, patient_id, starts_at, status, deleted, version)
            VALUES ({appointment.Id}, {appointment.ClinicId}, {appointment.DoctorId}, {appointment.PatientId}, {appointment.StartsAt},
                    {appointment.Status}, {appointment.Deleted}, {appointment.Version})
            ON CONFLICT (id) DO NOTHING
            """, ct) == 1;
}
