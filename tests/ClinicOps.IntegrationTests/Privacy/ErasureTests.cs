using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using ClinicOps.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Privacy;

/// <summary>
/// Erasure across the services: an owner anonymises a patient with history and, within seconds, every service has
/// forgotten the name, phone, email and date of birth while the appointment and its payment stay; a deleted patient
/// leaves the reminders service's replica.
/// </summary>
public sealed class ErasureTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private static readonly TimeSpan Seconds = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_anonymised_patient_is_forgotten_everywhere_within_seconds_while_the_appointment_and_payment_stay()
    {
        var clinic = await App.SignUpClinicAsync();
        var owner = clinic.Client;
        var marker = Guid.NewGuid().ToString("N")[..10];
        var (phone, email) = (NewPhone(), $"erased-{marker}@example.test");
        var controlEmail = $"kept-{marker}@example.test";
        var doctor = await CreateAsync(owner, "/api/doctors", new { name = "Dr Erasure", specialization = "General" });
        var patient = await CreateAsync(owner, "/api/patients", new { name = $"Erin {marker}", phone, email, dateOfBirth = "1984-03-21" });
        var control = await CreateAsync(owner, "/api/patients", new { name = "Kept Patient", phone = NewPhone(), email = controlEmail });
        var startsAt = DateTimeOffset.UtcNow.AddDays(2);
        var appointment = await CreateAsync(owner, "/api/appointments", new { doctorId = doctor, patientId = patient, startsAt });
        var controlAppointment = await CreateAsync(owner, "/api/appointments",
            new { doctorId = doctor, patientId = control, startsAt = startsAt.AddHours(1) });
        var payment = await CreateAsync(owner, $"/api/appointments/{appointment}/payments", new { amount = 40m, method = "card", status = "paid" },
            idempotencyKey: Guid.NewGuid().ToString());
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(10);
        var reminder = await CreateAsync(owner, $"/api/appointments/{appointment}/reminders", new { type = "email", sendAt = dueAt });
        // Due after the erased patient's: once it has arrived, the dispatcher has been past the other one.
        await CreateAsync(owner, $"/api/appointments/{controlAppointment}/reminders", new { type = "email", sendAt = dueAt.AddSeconds(2) });

        (await owner.SendAsync("POST", $"/api/patients/{patient}/anonymize")).Expect(HttpStatusCode.OK);

        var anonymised = (await owner.ReadAsync($"/api/patients/{patient}")).Expect(HttpStatusCode.OK).Json;
        Assert.Equal(("Anonymised patient", JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null),
            (anonymised.GetProperty("name").GetString(), anonymised.GetProperty("phone").ValueKind, anonymised.GetProperty("email").ValueKind,
                anonymised.GetProperty("dateOfBirth").ValueKind));
        Assert.Equal(0, (await owner.ReadAsync($"/api/patients?search={Uri.EscapeDataString(phone)}")).Expect(HttpStatusCode.OK)
            .Json.GetProperty("totalCount").GetInt32());
        var booked = (await owner.ReadAsync($"/api/appointments/{appointment}")).Expect(HttpStatusCode.OK).Json;
        Assert.Equal(("scheduled", "Anonymised patient"), (booked.GetProperty("status").GetString(), booked.GetProperty("patientName").GetString()));
        var paid = Assert.Single((await owner.ReadAsync($"/api/appointments/{appointment}/payments")).Expect(HttpStatusCode.OK).Json.EnumerateArray());
        Assert.Equal((payment, "paid", 40m), (paid.GetProperty("id").GetGuid(), paid.GetProperty("status").GetString(), paid.GetProperty("amount").GetDecimal()));

        var failed = await Eventually.GetAsync(async () => (await owner.ReadAsync($"/api/reminders/{reminder}")).Expect(HttpStatusCode.OK).Json,
            r => r.GetProperty("status").GetString() != "pending", "the erased patient's reminder to be settled", Seconds);
        Assert.Equal(("failed", "The patient's contact details were erased."),
            (failed.GetProperty("status").GetString(), failed.GetProperty("lastError").GetString()));

        using var mailbox = new HttpClient { BaseAddress = App.App.GetEndpoint("mailbox", "http") };
        await Eventually.GetAsync(() => RecipientsAsync(mailbox), all => all.Contains(controlEmail, StringComparer.OrdinalIgnoreCase),
            "the other patient's reminder in the mailbox", TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(email, await RecipientsAsync(mailbox), StringComparer.OrdinalIgnoreCase);

        var analytics = await App.ConnectionStringAsync("analytics-db");
        await Eventually.UntilAsync(async () => await CountAsync(analytics,
                "SELECT count(*) FROM event_log WHERE clinic_id = @clinic AND type = 'PatientAnonymized'", clinic.ClinicId) == 1,
            "analytics to hear of the anonymisation", Seconds);
        Assert.Equal(0, await CountAsync(analytics, """
            SELECT count(*) FROM event_log WHERE clinic_id = @clinic
              AND (payload::text LIKE '%' || @value || '%' OR payload::text ILIKE '%erased-%' OR payload::text LIKE '%1984-03-21%')
            """, clinic.ClinicId, phone[1..]));
    }

    [Fact]
    public async Task A_deleted_patient_leaves_the_reminders_replica()
    {
        var clinic = await App.SignUpClinicAsync();
        var phone = NewPhone();
        var patient = await CreateAsync(clinic.Client, "/api/patients", new { name = "Short Stay", phone, email = "short-stay@example.test" });
        var reminders = await App.ConnectionStringAsync("reminders-db");
        const string held = "SELECT count(*) FROM patients WHERE clinic_id = @clinic AND (name = @value OR phone IS NOT NULL OR email IS NOT NULL)";
        await Eventually.UntilAsync(async () => await CountAsync(reminders, held, clinic.ClinicId, "Short Stay") == 1,
            "the reminders replica to hold the patient", Seconds);

        (await clinic.Client.SendAsync("DELETE", $"/api/patients/{patient}")).Expect(HttpStatusCode.NoContent);

        await Eventually.UntilAsync(async () => await CountAsync(reminders, held, clinic.ClinicId, "Short Stay") == 0,
            "the reminders replica to forget the deleted patient", Seconds);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string path, object body, string? idempotencyKey = null) =>
        (await client.SendAsync("POST", path, body, idempotencyKey: idempotencyKey)).Expect(HttpStatusCode.Created).Json.GetProperty("id").GetGuid();

    /// <summary>Every recipient of every message in the dev mailbox (smtp4dev's REST API).</summary>
    private static async Task<IReadOnlyList<string>> RecipientsAsync(HttpClient mailbox)
    {
        var answer = await mailbox.GetFromJsonAsync<JsonElement>("/api/messages");
        // smtp4dev answers a plain list in older versions and a page ({ results: [...] }) in newer ones.
        var messages = answer.ValueKind == JsonValueKind.Array ? answer : answer.GetProperty("results");
        return [.. messages.EnumerateArray().SelectMany(m => m.GetProperty("to").EnumerateArray()).Select(to => to.GetString() ?? "")];
    }

    private static async Task<long> CountAsync(string connectionString, string sql, Guid clinicId, string? value = null)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("clinic", clinicId);
        if (value is not null)
        {
            command.Parameters.AddWithValue("value", value);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string NewPhone() => $"+4930{Random.Shared.Next(20_000_000, 99_999_999)}";
}
