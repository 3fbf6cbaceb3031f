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
        var expected = new ClinicDto(clinic.ClinicId, "Hillside", "Asia/Tokyo", "JPY");
        Assert.Equal(expected, await response.Content.ReadFromJsonAsync<ClinicDto>());
        Assert.Equal(expected, (await owner.GetFromJsonAsync<MeResponse>("/api/me"))!.Clinic);
    }

    [Fact]
    public async Task Fields_left_out_stay_as_they_were()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);

        var response = await owner.PatchAsJsonAsync("/api/clinics/current", new { currency = "EUR" });

        Assert.Equal(clinic.Session.Clinic with { Currency = "EUR" }, await response.Content.ReadFromJsonAsync<ClinicDto>());
    }

    [Fact]
    public async Task Settings_are_validated_like_at_sign_up()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);

        var response = await owner.PatchAsJsonAsync("/api/clinics/current", new { clinicName = "", timeZone = "GMT Standard Time", currency = "XYZ" });

        var problem = await response.ValidationProblemAsync();
        Assert.Equal(["clinicName", "currency", "timeZone"], problem.Errors.Keys.Order());
        Assert.Equal(clinic.Session.Clinic, await owner.GetFromJsonAsync<ClinicDto>("/api/clinics/current"));
    }

    [Fact]
    public async Task An_owner_changes_only_their_own_clinic()
    {
        var first = await factory.SignUpAsync();
        var second = await factory.SignUpAsync();

        await factory.ClientFor(second.Session).PatchAsJsonAsync("/api/clinics/current", new { clinicName = "Second" });

        Assert.Equal(first.Session.Clinic, await factory.ClientFor(first.Session).GetFromJsonAsync<ClinicDto>("/api/clinics/current"));
    }

    [Fact]
    public async Task Me_needs_a_token()
    {
        var response = await factory.CreateClient().GetAsync("/api/me");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
