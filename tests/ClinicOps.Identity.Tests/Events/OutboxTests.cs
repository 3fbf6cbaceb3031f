using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicOps.Contracts.Audit;
using ClinicOps.Identity.Tests.Infrastructure;
using ClinicOps.Testing;

namespace ClinicOps.Identity.Tests.Events;

/// <summary>What identity tells the other services, as written to its outbox in the same transaction as the change.</summary>
[Collection(IdentityCollection.Name)]
public sealed class OutboxTests(IdentityFactory factory)
{
    private const string Contracts = "ClinicOps.Contracts.Identity.";

    [Fact]
    public async Task Sign_up_writes_exactly_ClinicRegistered_and_UserRegistered_for_the_owner()
    {
        var clinic = await factory.SignUpAsync();

        var events = await EventsOfAsync(clinic.ClinicId);

        Assert.Equal([Contracts + "ClinicRegistered", Contracts + "UserRegistered"], events.Select(e => e.Type));
        var registered = events[0].Payload;
        Assert.Equal(clinic.ClinicId, registered.GetProperty("clinicId").GetGuid());
        Assert.Equal("Riverside Clinic", registered.GetProperty("name").GetString());
        Assert.Equal("Europe/London", registered.GetProperty("timeZone").GetString());
        Assert.Equal("GBP", registered.GetProperty("currency").GetString());
        var owner = events[1].Payload;
        Assert.Equal(clinic.ClinicId, owner.GetProperty("clinicId").GetGuid());
        Assert.Equal(clinic.OwnerId, owner.GetProperty("userId").GetGuid());
        Assert.Equal("Ann Owner", owner.GetProperty("name").GetString());
        Assert.Equal("owner", owner.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_refused_sign_up_writes_nothing()
    {
        var existing = await factory.SignUpAsync();
        var before = await CountAllAsync();

        var taken = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(existing.Email));
        var invalid = await factory.CreateClient().PostAsJsonAsync("/api/clinics", Requests.SignUpBody(Requests.UniqueEmail(), currency: "XYZ"));

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(before, await CountAllAsync());
    }

    [Fact]
    public async Task Adding_and_removing_a_user_write_UserRegistered_then_UserRemoved_and_UserAccessChanged()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);

        var receptionist = await owner.AddUserAsync("receptionist");
        await owner.DeleteAsync($"/api/users/{receptionist.Id}");

        var events = (await EventsOfAsync(clinic.ClinicId)).Skip(2).ToList();
        Assert.Equal([Contracts + "UserRegistered", Contracts + "UserRemoved", Contracts + "UserAccessChanged"], events.Select(e => e.Type));
        Assert.Equal(receptionist.Id, events[0].Payload.GetProperty("userId").GetGuid());
        Assert.Equal("receptionist", events[0].Payload.GetProperty("role").GetString());
        Assert.Equal(receptionist.Id, events[1].Payload.GetProperty("userId").GetGuid());
        Assert.Equal(receptionist.Id, events[2].Payload.GetProperty("userId").GetGuid());
        Assert.True(events[2].Payload.GetProperty("removed").GetBoolean());
    }

    [Fact]
    public async Task A_role_change_a_new_password_and_signing_out_everywhere_each_announce_the_users_access_with_a_newer_revision()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);
        var doctor = await owner.AddUserAsync("doctor");

        await owner.PatchAsJsonAsync($"/api/users/{doctor.Id}", new { role = "receptionist" });
        var doctorClient = factory.ClientFor(await factory.LoginOkAsync(doctor.Email));
        await doctorClient.PostAsJsonAsync("/api/me/password", new { currentPassword = Requests.Password, newPassword = "Velvet-Orchard-Compass-58" });
        await doctorClient.PostAsync("/api/auth/logout-all", null);

        var announced = (await EventsOfAsync(clinic.ClinicId)).Where(e => e.Type == Contracts + "UserAccessChanged").Select(e => e.Payload).ToList();
        Assert.Equal([1L, 2L, 3L], announced.Select(a => a.GetProperty("revision").GetInt64()));
        Assert.All(announced, a => Assert.Equal(doctor.Id, a.GetProperty("userId").GetGuid()));
        Assert.All(announced, a => Assert.Equal("receptionist", a.GetProperty("role").GetString()));
        Assert.Equal([0, 1, 2], announced.Select(a => a.GetProperty("sessionVersion").GetInt32()));
        Assert.All(announced, a => Assert.False(a.GetProperty("removed").GetBoolean()));
    }

    [Fact]
    public async Task Changing_clinic_settings_writes_ClinicUpdated_with_the_whole_snapshot()
    {
        var clinic = await factory.SignUpAsync();

        await factory.ClientFor(clinic.Session).PatchAsJsonAsync("/api/clinics/current", new { currency = "EUR" });

        var updated = Assert.Single((await EventsOfAsync(clinic.ClinicId)).Skip(2));
        Assert.Equal(Contracts + "ClinicUpdated", updated.Type);
        Assert.Equal("Riverside Clinic", updated.Payload.GetProperty("name").GetString());
        Assert.Equal("Europe/London", updated.Payload.GetProperty("timeZone").GetString());
        Assert.Equal("EUR", updated.Payload.GetProperty("currency").GetString());
        Assert.Equal(15, updated.Payload.GetProperty("slotStepMinutes").GetInt32());
    }

    [Fact]
    public async Task The_slot_step_reaches_the_other_services_in_ClinicRegistered_and_ClinicUpdated()
    {
        var clinic = await factory.SignUpAsync();

        await factory.ClientFor(clinic.Session).PatchAsJsonAsync("/api/clinics/current", new { slotStepMinutes = 30 });
        await factory.ClientFor(clinic.Session).PatchAsJsonAsync("/api/clinics/current", new { slotStepMinutes = 30 });

        var events = await EventsOfAsync(clinic.ClinicId);
        var registered = Assert.Single(events, e => e.Type == Contracts + "ClinicRegistered");
        var updated = Assert.Single(events, e => e.Type == Contracts + "ClinicUpdated");
        Assert.Equal(15, registered.Payload.GetProperty("slotStepMinutes").GetInt32());
        Assert.Equal(30, updated.Payload.GetProperty("slotStepMinutes").GetInt32());
    }

    [Fact]
    public async Task A_settings_change_that_changes_nothing_writes_nothing()
    {
        var clinic = await factory.SignUpAsync();

        await factory.ClientFor(clinic.Session).PatchAsJsonAsync("/api/clinics/current", new { currency = "gbp", timeZone = "Europe/London" });

        Assert.Equal(2, (await EventsOfAsync(clinic.ClinicId)).Count);
    }

    [Fact]
    public async Task Sign_up_events_are_published_to_the_broker()
    {
        var clinic = await factory.SignUpAsync();

        await Eventually.UntilAsync(async () =>
                (await factory.QueryAsync<long>("SELECT count(*) FROM outbox_messages WHERE clinic_id = $1 AND sent_at IS NULL", clinic.ClinicId))[0] == 0,
            "every sign-up event to be sent from the outbox");
    }

    /// <summary>The clinic's events but the audit trail's AuditRecorded, which goes with every change a user makes (see Security/Audit in the whole-app tests).</summary>
    private async Task<List<(string Type, JsonElement Payload)>> EventsOfAsync(Guid clinicId)
    {
        var rows = await factory.QueryAsync<string>(
            "SELECT json_build_object('type', type, 'payload', payload)::text FROM outbox_messages WHERE clinic_id = $1 AND type <> $2 ORDER BY occurred_at, type",
            clinicId, typeof(AuditRecorded).FullName!);
        return rows.Select(row =>
        {
            var element = JsonDocument.Parse(row).RootElement;
            return (element.GetProperty("type").GetString()!, element.GetProperty("payload"));
        }).ToList();
    }

    private async Task<long> CountAllAsync() => (await factory.QueryAsync<long>("SELECT count(*) FROM outbox_messages"))[0];
}
