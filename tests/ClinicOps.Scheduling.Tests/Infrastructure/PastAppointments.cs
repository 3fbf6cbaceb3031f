using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

public static class PastAppointments
{
    /// <summary>
    /// A scheduled appointment that began <paramref name="startedAgo"/> ago, written straight through the DbContext
    /// (booked "yesterday"), since the API rightly refuses to book in the past.
    /// </summary>
    public static async Task<Guid> InsertAsync(this SchedulingFactory factory, TestClinic clinic, TimeSpan startedAgo)
    {
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var startsAt = DateTimeOffset.UtcNow - startedAgo;
        var appointment = Appointment.Book(doctor.Id, patient.Id, new AppointmentSlot(startsAt, 30), "booked earlier", startsAt.AddDays(-1));
        await factory.InClinicAsync(clinic.Id, db =>
        {
            db.Appointments.Add(appointment);
            return db.SaveChangesAsync();
        });
        return appointment.Id;
    }
}
