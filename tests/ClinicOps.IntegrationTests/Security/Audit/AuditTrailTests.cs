using System.Net;
using System.Text.Json;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using ClinicOps.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Audit;

/// <summary>
/// Every change made through the API is in the owner's audit trail (GET /api/audit): who, with which role, what, which
/// fields (never their values) and the request id the gateway answered with; written in the transaction of the change;
/// and no service's database role can change or delete an entry.
/// </summary>
public sealed class AuditTrailTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private const string OwnerName = "Olivia Owner"; // the fixture's sign-up
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);
    private static readonly string[] Services = ["identity", "scheduling", "billing", "reminders", "analytics"];

    [Fact]
    public async Task A_change_in_every_service_is_in_the_owners_trail_with_who_what_the_fields_and_the_request_id_but_no_values()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var owner = GatewayClients.Create(App, clinic.AccessToken);
        var (phone, email, newPhone) = (Phones.NewE164(), $"pat-{Guid.CreateVersion7():N}@clinicops.test", Phones.NewE164());
        var staffEmail = $"staff-{Guid.CreateVersion7():N}@clinicops.test";

        var patient = (await owner.SendAsync("POST", "/api/patients", new { name = "Alan Patient", phone, email, dateOfBirth = "1980-04-02" }))
            .Expect(HttpStatusCode.Created);
        var patientUpdate = (await owner.SendAsync("PUT", $"/api/patients/{patient.Id}",
            new { name = "Alan Patient", phone = newPhone, email, dateOfBirth = "1980-04-02" }, ifMatch: patient.ETag)).Expect(HttpStatusCode.OK);
        var doctor = (await owner.SendAsync("POST", "/api/doctors", new { name = "Dr Grace Hopper", specialization = "General practice" }))
            .Expect(HttpStatusCode.Created);
        var startsAt = TimeProvider.System.GetUtcNow().Date.AddDays(3).AddHours(9);
        var booking = (await owner.SendAsync("POST", "/api/appointments",
            new { doctorId = doctor.Id, patientId = patient.Id, startsAt = new DateTimeOffset(startsAt, TimeSpan.Zero), durationMinutes = 30 }))
            .Expect(HttpStatusCode.Created);
        var payment = (await owner.SendAsync("POST", $"/api/appointments/{booking.Id}/payments",
            new { amount = 50.00m, method = "card", status = "paid" }, idempotencyKey: $"audit-{booking.Id}")).Expect(HttpStatusCode.Created);
        var reminder = await Eventually.GetAsync(
            () => owner.SendAsync("POST", $"/api/appointments/{booking.Id}/reminders",
                new { type = "call", purpose = "upcoming", sendAt = new DateTimeOffset(startsAt, TimeSpan.Zero).AddHours(-2) }),
            answer => answer.Status != HttpStatusCode.NotFound, "reminders to know the new appointment", Within);
        reminder.Expect(HttpStatusCode.Created);
        var user = (await owner.SendAsync("POST", "/api/users",
            new { name = "Rita Reception", email = staffEmail, password = ClinicSeeder.StaffPassword, role = "receptionist" })).Expect(HttpStatusCode.Created);
        var roleChange = (await owner.SendAsync("PATCH", $"/api/users/{user.Id}", new { role = "doctor" })).Expect(HttpStatusCode.OK);

        var changes = new[] { patient, patientUpdate, doctor, booking, payment, reminder, user, roleChange };
        var trail = await TrailWithAsync(owner, changes);

        AssertEntry(trail, patient, clinic, "created", "patient", patient.Id, ["name", "phone", "email", "dateOfBirth"]);
        AssertEntry(trail, patientUpdate, clinic, "updated", "patient", patient.Id, ["phone"], notFields: ["name", "email", "dateOfBirth"]);
        AssertEntry(trail, doctor, clinic, "created", "doctor", doctor.Id, ["name", "specialization"]);
        AssertEntry(trail, booking, clinic, "created", "appointment", booking.Id, ["doctorId", "patientId", "startsAt"]);
        AssertEntry(trail, payment, clinic, "created", "payment", payment.Id, ["appointmentId", "method", "status"]);
        AssertEntry(trail, reminder, clinic, "created", "reminder", reminder.Id, ["appointmentId", "type", "sendAt"]);
        AssertEntry(trail, user, clinic, "created", "user", user.Id, ["name", "email", "role"]);
        AssertEntry(trail, roleChange, clinic, "updated", "user", user.Id, ["role"], notFields: ["name", "email"]);
        var everything = (await owner.ReadAsync("/api/audit?pageSize=100")).Expect(HttpStatusCode.OK).Body;
        foreach (var value in new[] { phone, newPhone, email, staffEmail, ClinicSeeder.StaffPassword, "Alan Patient", "Rita Reception" })
        {
            Assert.DoesNotContain(value, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Deleting_an_appointment_reads_as_a_delete()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var owner = GatewayClients.Create(App, clinic.AccessToken);
        var booking = await BookAsync(owner, TimeProvider.System.GetUtcNow().Date.AddDays(4).AddHours(10));

        var deletion = (await owner.SendAsync("DELETE", $"/api/appointments/{booking.Id}")).Expect(HttpStatusCode.NoContent);

        var trail = await TrailWithAsync(owner, [deletion]);
        AssertEntry(trail, deletion, clinic, "deleted", "appointment", booking.Id, []);
    }

    [Fact]
    public async Task The_trail_filters_by_entity_user_and_time_and_pages_newest_first()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var owner = GatewayClients.Create(App, clinic.AccessToken);
        var patients = new List<Answer>();
        foreach (var name in new[] { "First Patient", "Second Patient", "Third Patient" })
        {
            patients.Add((await owner.SendAsync("POST", "/api/patients", new { name, phone = Phones.NewE164() })).Expect(HttpStatusCode.Created));
        }

        var doctor = (await owner.SendAsync("POST", "/api/doctors", new { name = "Dr Filter", specialization = "GP" })).Expect(HttpStatusCode.Created);
        await TrailWithAsync(owner, [.. patients, doctor]);

        var ofPatients = await PageAsync(owner, "entityType=patient");
        Assert.Equal(3, ofPatients.Total);
        Assert.Equal(patients.Select(p => p.Id).Reverse(), ofPatients.Items.Select(EntityId));
        var second = Assert.Single((await PageAsync(owner, $"entityId={patients[1].Id}")).Items);
        Assert.Equal(patients[1].RequestId, second.GetProperty("requestId").GetString());
        Assert.Equal(4, (await PageAsync(owner, $"userId={clinic.OwnerId}")).Total);
        Assert.Equal(0, (await PageAsync(owner, $"userId={Guid.CreateVersion7()}")).Total);

        var at = ofPatients.Items.Select(e => e.GetProperty("at").GetDateTimeOffset()).Reverse().ToList();
        var between = await PageAsync(owner, $"entityType=patient&from={Query(at[1])}&to={Query(at[2])}");
        Assert.Equal([patients[1].Id], between.Items.Select(EntityId));

        var first = await PageAsync(owner, "entityType=patient&page=1&pageSize=2");
        var last = await PageAsync(owner, "entityType=patient&page=2&pageSize=2");
        Assert.Equal((3, 2, 1), (first.Total, first.Items.Count, last.Items.Count));
        Assert.Equal(ofPatients.Items.Select(EntityId), first.Items.Concat(last.Items).Select(EntityId));

        var backwards = (await owner.ReadAsync($"/api/audit?from={Query(at[2])}&to={Query(at[0])}")).ExpectProblem(HttpStatusCode.BadRequest);
        Assert.True(backwards.Json.GetProperty("errors").TryGetProperty("to", out _), backwards.Body);
    }

    [Fact]
    public async Task Only_owners_read_the_trail_and_only_their_own_clinics()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var owner = GatewayClients.Create(App, clinic.AccessToken);
        var email = $"reception-{Guid.CreateVersion7():N}@clinicops.test";
        (await owner.SendAsync("POST", "/api/users", new { name = "Rita Reception", email, password = ClinicSeeder.StaffPassword, role = "receptionist" }))
            .Expect(HttpStatusCode.Created);
        var patient = (await owner.SendAsync("POST", "/api/patients", new { name = "Seen Patient", phone = Phones.NewE164() })).Expect(HttpStatusCode.Created);
        await TrailWithAsync(owner, [patient]);

        var receptionist = GatewayClients.Create(App, (await AuthCalls.LoginAsync(GatewayClients.Create(App), email, ClinicSeeder.StaffPassword)).AccessToken);
        (await receptionist.ReadAsync("/api/audit")).ExpectProblem(HttpStatusCode.Forbidden);

        var other = await SignUps.SignUpAsync(App);
        var otherOwner = GatewayClients.Create(App, other.AccessToken);
        Assert.Equal(0, (await PageAsync(otherOwner, "")).Total);
        Assert.Equal(0, (await PageAsync(otherOwner, $"entityId={patient.Id}")).Total);
    }

    [Fact]
    public async Task No_services_database_role_can_change_or_delete_audit_entries()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var owner = GatewayClients.Create(App, clinic.AccessToken);
        var patient = (await owner.SendAsync("POST", "/api/patients", new { name = "Kept Patient", phone = Phones.NewE164() })).Expect(HttpStatusCode.Created);
        await TrailWithAsync(owner, [patient]);

        foreach (var service in Services)
        {
            var settings = new NpgsqlConnectionStringBuilder(await App.ConnectionStringAsync($"{service}-db")) { Pooling = false };
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync();
            Assert.Equal($"{service}_service", connection.UserName);
            foreach (var sql in new[]
                     {
                         "UPDATE audit.entries SET role = 'doctor', fields = '{}'",
                         "DELETE FROM audit.entries",
                         "TRUNCATE audit.entries",
                         "ALTER TABLE audit.entries DISABLE TRIGGER ALL",
                         "DROP TABLE audit.entries",
                         "DROP SCHEMA audit CASCADE",
                     })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
                Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{service}_service: {sql} failed with {refused.SqlState} {refused.MessageText}");
            }

            // Nor drop the whole database, which takes a connection to another one (its own cannot be dropped while open).
            foreach (var other in new[] { "postgres", "template1" })
            {
                await using var elsewhere = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = other }.ConnectionString);
                var refused = await Assert.ThrowsAsync<PostgresException>(() => elsewhere.OpenAsync());
                Assert.True(refused.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{service}_service opening {other}: {refused.SqlState} {refused.MessageText}");
            }
        }

        // Scheduling wrote the entry in its own trail too, where its role reads it.
        var scheduling = new NpgsqlConnectionStringBuilder(await App.ConnectionStringAsync("scheduling-db")) { Pooling = false };
        await using var reader = new NpgsqlConnection(scheduling.ConnectionString);
        await reader.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM audit.entries WHERE request_id = @id AND entity_id = @entity", reader);
        count.Parameters.AddWithValue("id", patient.RequestId!);
        count.Parameters.AddWithValue("entity", patient.Id.ToString());
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_change_whose_transaction_fails_leaves_no_audit_entry()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var owner = GatewayClients.Create(App, clinic.AccessToken);
        var startsAt = TimeProvider.System.GetUtcNow().Date.AddDays(5).AddHours(11);
        var doctor = (await owner.SendAsync("POST", "/api/doctors", new { name = "Dr Busy", specialization = "GP" })).Expect(HttpStatusCode.Created);
        var patient = (await owner.SendAsync("POST", "/api/patients", new { name = "Pat Twice", phone = Phones.NewE164() })).Expect(HttpStatusCode.Created);
        var booking = new { doctorId = doctor.Id, patientId = patient.Id, startsAt = new DateTimeOffset(startsAt, TimeSpan.Zero), durationMinutes = 30 };
        var booked = (await owner.SendAsync("POST", "/api/appointments", booking)).Expect(HttpStatusCode.Created);

        // The slot is taken: the database's exclusion constraint refuses the second booking's insert, so its
        // transaction — the appointment, its event, its audit entry — is rolled back.
        var refused = (await owner.SendAsync("POST", "/api/appointments", booking)).ExpectProblem(HttpStatusCode.Conflict);
        var afterwards = (await owner.SendAsync("POST", "/api/patients", new { name = "Pat Later", phone = Phones.NewE164() })).Expect(HttpStatusCode.Created);

        var trail = await TrailWithAsync(owner, [booked, afterwards]);
        Assert.DoesNotContain(trail, e => e.GetProperty("requestId").GetString() == refused.RequestId);
        Assert.Single(trail, e => e.GetProperty("entityType").GetString() == "appointment");
    }

    private static async Task<Answer> BookAsync(HttpClient owner, DateTime startsAtUtc)
    {
        var doctor = (await owner.SendAsync("POST", "/api/doctors", new { name = "Dr Any", specialization = "GP" })).Expect(HttpStatusCode.Created);
        var patient = (await owner.SendAsync("POST", "/api/patients", new { name = "Pat Any", phone = Phones.NewE164() })).Expect(HttpStatusCode.Created);
        return (await owner.SendAsync("POST", "/api/appointments",
            new { doctorId = doctor.Id, patientId = patient.Id, startsAt = new DateTimeOffset(startsAtUtc, TimeSpan.Zero), durationMinutes = 30 }))
            .Expect(HttpStatusCode.Created);
    }

    /// <summary>The clinic's whole trail (up to 100 entries), once it holds an entry for each of the given answers' requests.</summary>
    private static Task<IReadOnlyList<JsonElement>> TrailWithAsync(HttpClient owner, IReadOnlyList<Answer> changes) =>
        Eventually.GetAsync(
            async () => (await PageAsync(owner, "pageSize=100")).Items,
            trail => changes.All(c => trail.Any(e => e.GetProperty("requestId").GetString() == c.RequestId)),
            $"the audit trail to show {string.Join(", ", changes.Select(c => c.Request))}", Within, TimeSpan.FromMilliseconds(250));

    private static async Task<(int Total, IReadOnlyList<JsonElement> Items)> PageAsync(HttpClient owner, string query)
    {
        var page = (await owner.ReadAsync($"/api/audit?{query}")).Expect(HttpStatusCode.OK).Json;
        return (page.GetProperty("totalCount").GetInt32(), page.GetProperty("items").EnumerateArray().ToList());
    }

    private static void AssertEntry(IReadOnlyList<JsonElement> trail, Answer change, SignedUpClinic clinic, string action, string entityType,
        Guid entityId, string[] fields, string[]? notFields = null)
    {
        Assert.False(string.IsNullOrEmpty(change.RequestId), $"{change.Request} answered without X-Request-Id");
        var entry = Assert.Single(trail, e => e.GetProperty("requestId").GetString() == change.RequestId
                                              && e.GetProperty("entityType").GetString() == entityType);
        var what = $"{change.Request}: {entry}";
        Assert.True(entry.GetProperty("action").GetString() == action, what);
        Assert.True(EntityId(entry) == entityId, what);
        Assert.True(entry.GetProperty("userId").GetGuid() == clinic.OwnerId, what);
        Assert.True(entry.GetProperty("userName").GetString() == OwnerName, what);
        Assert.True(entry.GetProperty("role").GetString() == "owner", what);
        Assert.True(entry.GetProperty("at").GetDateTimeOffset() > TimeProvider.System.GetUtcNow().AddMinutes(-5), what);
        var named = entry.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.True(fields.All(named.Contains), $"{what} (expected the fields {string.Join(", ", fields)})");
        Assert.True(fields.Length > 0 || named.Count == 0, $"{what} (expected no fields)");
        Assert.True(!(notFields ?? []).Any(named.Contains), $"{what} (expected none of {string.Join(", ", notFields ?? [])})");
    }

    private static Guid EntityId(JsonElement entry) => Guid.Parse(entry.GetProperty("entityId").GetString()!);

    private static string Query(DateTimeOffset instant) => Uri.EscapeDataString(instant.ToString("O"));
}
