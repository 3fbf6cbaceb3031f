using System.Net;
using System.Text.Json;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.Testing;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>Fills a signed-up clinic with one of everything, through the gateway, and waits until every service agrees.</summary>
public static class ClinicSeeder
{
    public const string StaffPassword = "Amber-Falcon-Meadow-77";
    public const decimal PendingAmount = 120.00m;
    public const decimal PaidAmount = 80.00m;

    public static async Task<Seeded> SeedAsync(WholeAppFixture app, string label)
    {
        var tag = Guid.CreateVersion7().ToString("N")[^10..];
        var signedUp = await SignUps.SignUpAsync(app, $"Clinic {label} {tag}");
        var owner = GatewayClients.Create(app, signedUp.AccessToken);

        // Distinctive settings, so another clinic's reads can be told apart from these.
        await owner.SendJsonAsync("PUT", "/api/reminders/settings",
                new { leadTimesMinutes = new[] { 2880 }, defaultType = "sms", followUpAfterDays = 3, followUpType = "call" })
            .ExpectJsonAsync(HttpStatusCode.OK);

        var userEmail = $"staff-{tag}@clinicops.test";
        var user = await owner.PostCreatedAsync("/api/users",
            new { name = $"Dana {label} {tag}", email = userEmail, password = StaffPassword, role = "doctor" });
        var doctorName = $"Dr {label} {tag}";
        var doctor = await owner.PostCreatedAsync("/api/doctors",
            new { name = doctorName, specialization = "Cardiology", email = $"dr-{tag}@clinicops.test", phone = Phones.NewE164() });
        var patientName = $"Pat {label} {tag}";
        var patient = await owner.PostCreatedAsync("/api/patients",
            new { name = patientName, phone = Phones.NewE164(), email = $"pat-{tag}@clinicops.test", dateOfBirth = "1980-04-02" });

        // Working hours round the clock (the doctor still takes any time) and a day off far ahead, so the schedule rules
        // leave the other tests' bookings alone.
        await owner.SendJsonAsync("PUT", $"/api/doctors/{doctor.Id()}/working-hours", WorkingHours.EveryDay("00:00", "24:00"))
            .ExpectJsonAsync(HttpStatusCode.OK);
        var now = TimeProvider.System.GetUtcNow();
        var timeOffStartsAt = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero).AddDays(200);
        var timeOff = await owner.PostCreatedAsync($"/api/doctors/{doctor.Id()}/time-off",
            new { startsAt = timeOffStartsAt, endsAt = timeOffStartsAt.AddDays(1), reason = $"Course {label} {tag}" });
        var typeName = $"Check-up {label} {tag}";
        var type = await owner.PostCreatedAsync("/api/appointment-types", new { name = typeName, durationMinutes = 30, price = 75.00m, color = "#2E8B57" });

        var start = new DateTimeOffset(now.Year, now.Month, now.Day, 9, 0, 0, TimeSpan.Zero).AddDays(3);
        var appointment = await owner.PostCreatedAsync("/api/appointments",
            new { doctorId = doctor.Id(), patientId = patient.Id(), startsAt = start, appointmentTypeId = type.Id(), notes = $"First visit {tag}" });
        var paidAppointment = await owner.PostCreatedAsync("/api/appointments",
            new { doctorId = doctor.Id(), patientId = patient.Id(), startsAt = start.AddHours(1), durationMinutes = 30 });

        var payments = $"/api/appointments/{paidAppointment.Id()}/payments";
        var pending = await owner.PostCreatedAsync(payments,
            new { amount = PendingAmount, method = "card", status = "pending", reference = $"INV-{tag}-1" }, $"seed-{tag}-1");
        var paid = await owner.PostCreatedAsync(payments,
            new { amount = PaidAmount, method = "cash", status = "paid", reference = $"INV-{tag}-2" }, $"seed-{tag}-2");

        // Reminders learns of the appointment from scheduling's event: until then it answers 404, like for a missing one.
        var reminder = await Eventually.GetAsync(
            async () =>
            {
                using var response = await owner.SendJsonAsync("POST", $"/api/appointments/{appointment.Id()}/reminders",
                    new { type = "call", purpose = "upcoming", sendAt = start.AddHours(-2), note = $"Call {tag}" });
                return response.StatusCode == HttpStatusCode.NotFound ? default : await response.ExpectJsonAsync(HttpStatusCode.Created);
            },
            r => r.ValueKind == JsonValueKind.Object,
            "reminders to know the new appointment", TimeSpan.FromSeconds(30));

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var clinic = new SeededClinic(signedUp.ClinicId, signedUp.OwnerId, signedUp.Email, $"Clinic {label} {tag}", user.Id(), userEmail,
            doctor.Id(), doctorName, patient.Id(), patientName, patient.Text("phone")!, appointment.Id(), paidAppointment.Id(),
            pending.Id(), paid.Id(), reminder.Id(), type.Id(), typeName, timeOff.Id(), timeOffStartsAt, today.AddDays(-1), today.AddDays(5));
        return new Seeded(clinic, await SettleAsync(owner, clinic), signedUp);
    }

    /// <summary>
    /// Waits until the events of the seeding have reached every service: the dashboard shows both appointments and both
    /// payments, and three reads in a row, a second apart, answer the same.
    /// </summary>
    public static async Task<ClinicSnapshot> SettleAsync(HttpClient owner, SeededClinic clinic)
    {
        ClinicSnapshot? previous = null;
        var stableReads = 0;
        var settled = await Eventually.GetAsync(
            async () =>
            {
                var snapshot = await ClinicSnapshot.TakeAsync(owner, clinic.ReadPaths);
                stableReads = previous is not null && snapshot.SameAs(previous) && ShowsTheSeed(snapshot) ? stableReads + 1 : 0;
                previous = snapshot;
                return snapshot;
            },
            _ => stableReads >= 2,
            "the seeded clinic's dashboard to show its appointments and payments and every read to settle",
            TimeSpan.FromSeconds(60), interval: TimeSpan.FromSeconds(1));
        return settled;
    }

    private static bool ShowsTheSeed(ClinicSnapshot snapshot)
    {
        if (!snapshot.Reads[SeededClinic.DashboardPath].StartsWith("200 ", StringComparison.Ordinal))
        {
            return false;
        }

        var dashboard = snapshot.Json(SeededClinic.DashboardPath);
        return dashboard.GetProperty("totalAppointments").GetInt32() == 2
            && dashboard.GetProperty("revenue").GetDecimal() == PaidAmount
            && dashboard.GetProperty("pendingPayments").GetProperty("count").GetInt32() == 1;
    }
}
