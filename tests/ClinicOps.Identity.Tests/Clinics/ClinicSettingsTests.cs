using System.Net;
using System.Net.Http.Json;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Tests.Infrastructure;

namespace ClinicOps.Identity.Tests.Clinics;

[Collection(IdentityCollection.Name)]
public sealed class ClinicSettingsTests(IdentityFactory factory)
{
    [Fact]
    public async Task An_owner_changes_name_time_zone_and_currency()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);

        var response = await owner.PatchAsJsonAsync("/api/clinics/current", new { clinicName = " Hillside ", timeZone = "Asia/Tokyo", currency = "jpy" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = new ClinicResponse(clinic.ClinicId, "Hillside", "Asia/Tokyo", "JPY", 15);
        Assert.Equal(expected, await response.Content.ReadFromJsonAsync<ClinicResponse>());
        Assert.Equal(expected, (await owner.GetFromJsonAsync<MeResponse>("/api/me"))!.Clinic);
    }

    [Fact]
    public async Task Fields_left_out_stay_as_they_were()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);

        var response = await owner.PatchAsJsonAsync("/api/clinics/current", new { currency = "EUR" });

        Assert.Equal(clinic.Session.Clinic with { Currency = "EUR" }, await response.Content.ReadFromJsonAsync<ClinicResponse>());
    }

    [Fact]
    public async Task Settings_are_validated_like_at_sign_up()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);

        var response = await owner.PatchAsJsonAsync("/api/clinics/current", new { clinicName = "", timeZone = "GMT Standard Time", currency = "XYZ" });

        var problem = await response.ValidationProblemAsync();
        Assert.Equal(["clinicName", "currency", "timeZone"], problem.Errors.Keys.Order());
        Assert.Equal(clinic.Session.Clinic, await owner.GetFromJsonAsync<ClinicResponse>("/api/clinics/current"));
    }

    [Fact]
    public async Task An_owner_sets_the_slot_step_which_me_shows_and_a_new_clinic_starts_at_15_minutes()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);

        var response = await owner.PatchAsJsonAsync("/api/clinics/current", new { slotStepMinutes = 20 });

        Assert.Equal(15, clinic.Session.Clinic.SlotStepMinutes);
        Assert.Equal(clinic.Session.Clinic with { SlotStepMinutes = 20 }, await response.Content.ReadFromJsonAsync<ClinicResponse>());
        Assert.Equal(20, (await owner.GetFromJsonAsync<MeResponse>("/api/me"))!.Clinic.SlotStepMinutes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(61)]
    [InlineData(65)]
    [InlineData(-15)]
    public async Task A_slot_step_that_is_not_a_multiple_of_5_from_5_to_60_is_400(int minutes)
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);

        var problem = await (await owner.PatchAsJsonAsync("/api/clinics/current", new { slotStepMinutes = minutes })).ValidationProblemAsync();

        Assert.Equal(["slotStepMinutes"], problem.Errors.Keys);
        Assert.Equal(15, (await owner.GetFromJsonAsync<ClinicResponse>("/api/clinics/current"))!.SlotStepMinutes);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(60)]
    public async Task The_slot_step_may_be_5_or_60_minutes(int minutes)
    {
        var clinic = await factory.SignUpAsync();

        var response = await factory.ClientFor(clinic.Session).PatchAsJsonAsync("/api/clinics/current", new { slotStepMinutes = minutes });

        Assert.Equal(minutes, (await response.Content.ReadFromJsonAsync<ClinicResponse>())!.SlotStepMinutes);
    }

    [Theory]
    [InlineData("doctor")]
    [InlineData("receptionist")]
    public async Task Only_an_owner_sets_the_slot_step(string role)
    {
        var clinic = await factory.SignUpAsync();
        var member = await factory.ClientFor(clinic.Session).AddUserAsync(role);
        var staff = factory.ClientFor(await factory.LoginOkAsync(member.Email));

        await (await staff.PatchAsJsonAsync("/api/clinics/current", new { slotStepMinutes = 30 })).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(15, (await staff.GetFromJsonAsync<MeResponse>("/api/me"))!.Clinic.SlotStepMinutes);
    }

    [Fact]
    public async Task An_owner_changes_only_their_own_clinic()
    {
        var first = await factory.SignUpAsync();
        var second = await factory.SignUpAsync();

        await factory.ClientFor(second.Session).PatchAsJsonAsync("/api/clinics/current", new { clinicName = "Second" });

        Assert.Equal(first.Session.Clinic, await factory.ClientFor(first.Session).GetFromJsonAsync<ClinicResponse>("/api/clinics/current"));
    }

    [Fact]
    public async Task Me_needs_a_token()
    {
        var response = await factory.CreateClient().GetAsync("/api/me");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
