using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Dispatching;

/// <summary>The appointments, patients, doctors and clinics a batch of reminders needs, loaded in four queries.</summary>
public sealed class DeliveryContext
{
    private DeliveryContext()
    {
    }

    public IReadOnlyDictionary<Guid, Appointment> Appointments { get; private init; } = new Dictionary<Guid, Appointment>();
    public IReadOnlyDictionary<Guid, Patient> Patients { get; private init; } = new Dictionary<Guid, Patient>();
    public IReadOnlyDictionary<Guid, Doctor> Doctors { get; private init; } = new Dictionary<Guid, Doctor>();
    public IReadOnlyDictionary<Guid, Clinic> Clinics { get; private init; } = new Dictionary<Guid, Clinic>();

    /// <summary>
    /// A batch spans clinics: the dispatcher is system work, not a request of one clinic, so the "Tenant" filter is
    /// dropped here on purpose. Rows are matched by the ids of the claimed reminders only.
    /// </summary>
    public static async Task<DeliveryContext> LoadAsync(RemindersDbContext db, IReadOnlyCollection<Reminder> reminders, CancellationToken ct)
    {
        string[] tenant = [TenantModelBuilderExtensions.TenantFilter];
        var appointmentIds = reminders.Select(r => r.AppointmentId).Distinct().ToList();
        var appointments = await db.Appointments.IgnoreQueryFilters(tenant).AsNoTracking()
            .Where(a => appointmentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var patientIds = appointments.Values.Select(a => a.PatientId).Distinct().ToList();
        var doctorIds = appointments.Values.Select(a => a.DoctorId).Distinct().ToList();
        var clinicIds = reminders.Select(r => r.ClinicId).Distinct().ToList();
        return new DeliveryContext
        {
            Appointments = appointments,
            Patients = await db.Patients.IgnoreQueryFilters(tenant).AsNoTracking()
                .Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct),
            Doctors = await db.Doctors.IgnoreQueryFilters(tenant).AsNoTracking()
                .Where(d => doctorIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct),
            Clinics = await db.Clinics.IgnoreQueryFilters(tenant).AsNoTracking()
                .Where(c => clinicIds.Contains(c.ClinicId)).ToDictionaryAsync(c => c.ClinicId, ct),
        };
    }
}
