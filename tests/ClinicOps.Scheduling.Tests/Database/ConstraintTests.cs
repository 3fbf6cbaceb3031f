using ClinicOps.Scheduling.Model;
using ClinicOps.Scheduling.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClinicOps.Scheduling.Tests.Database;

/// <summary>The rules the database itself enforces, even for code that skips the service's checks.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class ConstraintTests(SchedulingFactory factory)
{
    [Fact]
    public async Task The_database_refuses_linking_an_appointment_to_another_clinics_patient()
    {
        var clinicA = await factory.NewClinicAsync();
        var clinicB = await factory.NewClinicAsync();
        var doctorA = await clinicA.Client.AddDoctorAsync();
        var patientB = await clinicB.Client.AddPatientAsync();
        var now = DateTimeOffset.UtcNow;

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => factory.InClinicAsync(clinicA.Id, db =>
        {
            db.Appointments.Add(Appointment.Book(doctorA.Id, patientB.Id, new AppointmentSlot(now.AddDays(1), 30), null, now));
            return db.SaveChangesAsync();
        }));

        var postgres = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal((PostgresErrorCodes.ForeignKeyViolation, "fk_appointments_patients"), (postgres.SqlState, postgres.ConstraintName));
    }

    [Fact]
    public async Task The_database_refuses_removing_a_patient_or_doctor_with_appointments()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var patient = await Assert.ThrowsAsync<PostgresException>(() => factory.QueryAsync(clinic.Id, db =>
            db.Patients.Where(p => p.Id == booked.PatientId).ExecuteDeleteAsync()));
        var doctor = await Assert.ThrowsAsync<PostgresException>(() => factory.QueryAsync(clinic.Id, db =>
            db.Doctors.Where(d => d.Id == booked.DoctorId).ExecuteDeleteAsync()));

        Assert.Equal((PostgresErrorCodes.ForeignKeyViolation, "fk_appointments_patients"), (patient.SqlState, patient.ConstraintName));
        Assert.Equal((PostgresErrorCodes.ForeignKeyViolation, "fk_appointments_doctors"), (doctor.SqlState, doctor.ConstraintName));
    }

    [Theory]
    [InlineData("status = 'done'", "ck_appointments_status")]
    [InlineData("duration_minutes = 500, ends_at = starts_at + interval '500 minutes'", "ck_appointments_duration")]
    [InlineData("ends_at = starts_at + interval '1 minute'", "ck_appointments_ends_at")]
    public async Task Check_constraints_keep_status_and_duration_valid(string assignment, string constraint)
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        var sql = "UPDATE appointments SET " + assignment + " WHERE id = @id"; // the assignments are the test's own constants

        var error = await Assert.ThrowsAsync<PostgresException>(() => factory.QueryAsync(clinic.Id, db =>
            db.Database.ExecuteSqlRawAsync(sql, new NpgsqlParameter("id", booked.Id))));

        Assert.Equal((PostgresErrorCodes.CheckViolation, constraint), (error.SqlState, error.ConstraintName));
    }

    [Fact]
    public async Task The_exclusion_constraint_refuses_an_overlap_written_directly()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        var now = DateTimeOffset.UtcNow;

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => factory.InClinicAsync(clinic.Id, db =>
        {
            db.Appointments.Add(Appointment.Book(booked.DoctorId, booked.PatientId, new AppointmentSlot(booked.StartsAt.AddMinutes(29), 5), null, now));
            return db.SaveChangesAsync();
        }));

        var postgres = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal((PostgresErrorCodes.ExclusionViolation, "ex_appointments_doctor_no_overlap"), (postgres.SqlState, postgres.ConstraintName));
    }
}
