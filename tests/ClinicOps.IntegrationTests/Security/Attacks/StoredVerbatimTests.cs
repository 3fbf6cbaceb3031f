using System.Net;
using System.Text.Json;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// SQL and script text in every free-text field (names, specialization, notes, reasons, references, reminder notes, an
/// email's local part, appointment type names, time-off reasons, search terms): accepted, stored and returned exactly as
/// sent, and every table still works afterwards.
/// </summary>
public sealed class StoredVerbatimTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    [Fact]
    public async Task Sql_and_script_text_in_every_string_field_is_stored_and_returned_verbatim_and_the_tables_still_work()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var owner = GatewayClients.Create(App, clinic.AccessToken);
        var clinicName = HostileText.Name("Clinic");
        var staffName = HostileText.Name("Staff");
        var doctorName = HostileText.Name("Dr");
        var specialization = $"{HostileText.Script} {HostileText.DropTable}";
        var doctorEmail = $"o'brien--drop-{Guid.CreateVersion7():N}@clinicops.test";
        var patientName = HostileText.Name("Pat");
        var typeName = HostileText.Name("Type");

        var renamed = await owner.SendJsonAsync("PATCH", "/api/clinics/current", new { clinicName }).ExpectJsonAsync(HttpStatusCode.OK);
        var staff = await owner.PostCreatedAsync("/api/users",
            new { name = staffName, email = $"staff-{Guid.CreateVersion7():N}@clinicops.test", password = ClinicSeeder.StaffPassword, role = "doctor" });
        var doctor = await owner.PostCreatedAsync("/api/doctors", new { name = doctorName, specialization, email = doctorEmail });
        var patient = await owner.PostCreatedAsync("/api/patients", new { name = patientName, phone = Phones.NewE164() });
        var type = await owner.PostCreatedAsync("/api/appointment-types", new { name = typeName, durationMinutes = 30, price = 42.00m });
        var timeOff = await owner.PostCreatedAsync($"/api/doctors/{doctor.Id()}/time-off",
            new { startsAt = TimeProvider.System.GetUtcNow().AddDays(30), endsAt = TimeProvider.System.GetUtcNow().AddDays(31), reason = HostileText.Tautology });
        var startsAt = TimeProvider.System.GetUtcNow().AddDays(4);
        var appointment = await owner.PostCreatedAsync("/api/appointments",
            new { doctorId = doctor.Id(), patientId = patient.Id(), startsAt, notes = HostileText.Long, appointmentTypeId = type.Id() });
        var edited = await owner.SendJsonAsync("PATCH", $"/api/appointments/{appointment.Id()}", new { notes = HostileText.Tautology })
            .ExpectJsonAsync(HttpStatusCode.OK);
        var payment = await owner.PostCreatedAsync($"/api/appointments/{appointment.Id()}/payments",
            new { amount = 42.00m, method = "other", status = "paid", reference = HostileText.Update }, HostileText.Wildcards);
        var reminder = await Eventually.GetAsync(
            async () =>
            {
                using var response = await owner.SendJsonAsync("POST", $"/api/appointments/{appointment.Id()}/reminders",
                    new { type = "call", sendAt = startsAt.AddHours(-3), note = HostileText.Long });
                return response.StatusCode == HttpStatusCode.NotFound ? default : await response.ExpectJsonAsync(HttpStatusCode.Created);
            },
            r => r.ValueKind == JsonValueKind.Object,
            "reminders to know the new appointment", TimeSpan.FromSeconds(30));
        var called = await owner.SendJsonAsync("POST", $"/api/reminders/{reminder.Id()}/mark-sent", new { note = HostileText.Update })
            .ExpectJsonAsync(HttpStatusCode.OK);
        var cancelled = await owner.SendJsonAsync("POST", $"/api/appointments/{appointment.Id()}/cancel", new { reason = HostileText.Long })
            .ExpectJsonAsync(HttpStatusCode.OK);

        // As sent, in the answers to the writes...
        Verbatim(renamed, "name", clinicName, "PATCH /api/clinics/current");
        Verbatim(staff, "name", staffName, "POST /api/users");
        Verbatim(doctor, "name", doctorName, "POST /api/doctors");
        Verbatim(doctor, "specialization", specialization, "POST /api/doctors");
        Verbatim(doctor, "email", doctorEmail, "POST /api/doctors");
        Verbatim(patient, "name", patientName, "POST /api/patients");
        Verbatim(type, "name", typeName, "POST /api/appointment-types");
        Verbatim(timeOff, "reason", HostileText.Tautology, "POST /api/doctors/{id}/time-off");
        Verbatim(appointment, "notes", HostileText.Long, "POST /api/appointments");
        Verbatim(appointment, "doctorName", doctorName, "POST /api/appointments");
        Verbatim(appointment, "patientName", patientName, "POST /api/appointments");
        Verbatim(appointment, "appointmentTypeName", typeName, "POST /api/appointments");
        Verbatim(edited, "notes", HostileText.Tautology, "PATCH /api/appointments/{id}");
        Verbatim(payment, "reference", HostileText.Update, "POST payments");
        Verbatim(reminder, "note", HostileText.Long, "POST reminders");
        Verbatim(called, "note", $"{HostileText.Long}\n{HostileText.Update}", "POST /api/reminders/{id}/mark-sent (the outcome is added to the note)");
        Verbatim(cancelled, "cancelReason", HostileText.Long, "POST /api/appointments/{id}/cancel");

        // ...and as stored, in the reads.
        Verbatim((await owner.GetOkAsync("/api/me")).GetProperty("clinic"), "name", clinicName, "GET /api/me");
        Verbatim(await owner.GetOkAsync($"/api/users/{staff.Id()}"), "name", staffName, "GET /api/users/{id}");
        Verbatim(await owner.GetOkAsync($"/api/doctors/{doctor.Id()}"), "specialization", specialization, "GET /api/doctors/{id}");
        Verbatim(await owner.GetOkAsync($"/api/patients/{patient.Id()}"), "name", patientName, "GET /api/patients/{id}");
        Verbatim(await owner.GetOkAsync($"/api/appointments/{appointment.Id()}"), "notes", HostileText.Tautology, "GET /api/appointments/{id}");
        Verbatim(await owner.GetOkAsync($"/api/appointment-types/{type.Id()}"), "name", typeName, "GET /api/appointment-types/{id}");
        Verbatim(Assert.Single((await owner.GetOkAsync($"/api/doctors/{doctor.Id()}/time-off")).Rows()), "reason", HostileText.Tautology,
            "GET /api/doctors/{id}/time-off");
        Verbatim(await owner.GetOkAsync($"/api/payments/{payment.Id()}"), "reference", HostileText.Update, "GET /api/payments/{id}");
        Verbatim(await owner.GetOkAsync($"/api/reminders/{reminder.Id()}"), "note", $"{HostileText.Long}\n{HostileText.Update}", "GET /api/reminders/{id}");

        // Searching with the same text finds exactly those records (wildcards are text, not patterns); every table still works.
        Assert.Equal(doctor.Id(), Assert.Single((await owner.GetOkAsync($"/api/doctors?search={Uri.EscapeDataString(doctorName)}")).Rows()).Id());
        Assert.Equal(doctor.Id(), Assert.Single((await owner.GetOkAsync($"/api/doctors?specialization={Uri.EscapeDataString(specialization)}")).Rows()).Id());
        Assert.Equal(patient.Id(), Assert.Single((await owner.GetOkAsync($"/api/patients?search={Uri.EscapeDataString(HostileText.DropTable)}")).Rows()).Id());
        Assert.Empty((await owner.GetOkAsync($"/api/patients?search={Uri.EscapeDataString(HostileText.Wildcards)}")).Rows());
        foreach (var list in new[] { "/api/users", "/api/doctors", "/api/patients", "/api/appointments", "/api/payments", "/api/reminders", "/api/appointment-types" })
        {
            Assert.NotEmpty((await owner.GetOkAsync(list)).Rows());
        }

        // The analytics read model got the doctor's name verbatim too.
        var figures = await Eventually.GetAsync(
            () => owner.GetOkAsync("/api/dashboard/doctors"),
            d => d.Rows().Any(r => r.Text("name") is not null),
            "the dashboard to show the doctor's name", TimeSpan.FromSeconds(30));
        Verbatim(Assert.Single(figures.Rows()), "name", doctorName, "GET /api/dashboard/doctors");
    }

    private static void Verbatim(JsonElement record, string property, string expected, string where) =>
        Assert.True(record.Text(property) == expected, $"{where}: {property} came back as {record.Text(property) ?? "null"}, sent {expected}");
}
