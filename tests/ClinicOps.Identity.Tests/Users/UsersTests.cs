using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Identity.Tests.Users;

[Collection(IdentityCollection.Name)]
public sealed class UsersTests(IdentityFactory factory)
{
    [Fact]
    public async Task An_owner_adds_lists_and_removes_staff()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);

        var created = await owner.PostAsJsonAsync("/api/users", new { name = "Dr Bea", email = Requests.UniqueEmail("bea"), password = Requests.Password, role = "doctor" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var doctor = (await created.Content.ReadFromJsonAsync<UserResponse>())!;
        Assert.Equal($"/api/users/{doctor.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("Dr Bea", "doctor"), (doctor.Name, doctor.Role));

        var page = await owner.GetFromJsonAsync<PagedResult<UserResponse>>("/api/users");
        Assert.Equal(2, page!.TotalCount);
        Assert.Equal([clinic.Session.User, doctor], page.Items.OrderBy(u => u.Role == "doctor"));
        Assert.Equal(doctor, await owner.GetFromJsonAsync<UserResponse>($"/api/users/{doctor.Id}"));

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/users/{doctor.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/users/{doctor.Id}")).StatusCode);
        Assert.Equal(1, (await owner.GetFromJsonAsync<PagedResult<UserResponse>>("/api/users"))!.TotalCount);
    }

    [Fact]
    public async Task User_lists_never_show_password_hashes()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);
        await owner.AddUserAsync("receptionist");

        var json = await owner.GetStringAsync("/api/users");

        Assert.DoesNotContain("hash", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("$2", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.All(document.RootElement.GetProperty("items").EnumerateArray(),
            user => Assert.Equal(["id", "name", "email", "role"], user.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task A_new_user_signs_in_with_their_role_in_the_same_clinic()
    {
        var clinic = await factory.SignUpAsync();
        var receptionist = await factory.ClientFor(clinic.Session).AddUserAsync("receptionist");

        var session = await factory.LoginOkAsync(receptionist.Email);

        Assert.Equal(receptionist, session.User);
        Assert.Equal(clinic.Session.Clinic, session.Clinic);
    }

    [Fact]
    public async Task An_email_used_in_another_clinic_answers_409()
    {
        var other = await factory.SignUpAsync();
        var clinic = await factory.SignUpAsync();

        var response = await factory.ClientFor(clinic.Session).PostAsJsonAsync("/api/users",
            new { name = "Copy", email = other.Email.ToUpperInvariant(), password = Requests.Password, role = "doctor" });

        await response.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task New_users_follow_the_password_and_role_rules()
    {
        var clinic = await factory.SignUpAsync();

        var response = await factory.ClientFor(clinic.Session).PostAsJsonAsync("/api/users",
            new { name = "", email = "nope", password = "trustno1", role = "admin" });

        var problem = await response.ValidationProblemAsync();
        Assert.Equal(["email", "name", "password", "role"], problem.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("doctor")]
    [InlineData("receptionist")]
    public async Task Staff_other_than_owners_get_403_on_users_and_clinic_settings(string role)
    {
        var clinic = await factory.SignUpAsync();
        var member = await factory.ClientFor(clinic.Session).AddUserAsync(role);
        var client = factory.ClientFor(await factory.LoginOkAsync(member.Email));

        await (await client.GetAsync("/api/users")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/users/{clinic.OwnerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/users",
            new { name = "Sneaky", email = Requests.UniqueEmail(), password = Requests.Password, role = "owner" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PatchAsJsonAsync($"/api/users/{member.Id}", new { role = "owner" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/users/{clinic.OwnerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PatchAsJsonAsync("/api/clinics/current", new { clinicName = "Mine now" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/clinics/current")).StatusCode);
    }

    [Fact]
    public async Task An_owner_cannot_delete_themselves()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);
        await owner.AddUserAsync("owner");

        var response = await owner.DeleteAsync($"/api/users/{clinic.OwnerId}");

        await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/users/{clinic.OwnerId}")).StatusCode);
    }

    [Fact]
    public async Task The_last_owner_cannot_be_demoted_but_one_of_two_can()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);

        var alone = await owner.PatchAsJsonAsync($"/api/users/{clinic.OwnerId}", new { role = "doctor" });
        await alone.ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var second = await owner.AddUserAsync("owner");
        var demoted = await owner.PatchAsJsonAsync($"/api/users/{clinic.OwnerId}", new { role = "doctor" });
        Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        Assert.Equal("doctor", (await demoted.Content.ReadFromJsonAsync<UserResponse>())!.Role);

        var secondOwner = factory.ClientFor(await factory.LoginOkAsync(second.Email));
        await (await secondOwner.PatchAsJsonAsync($"/api/users/{second.Id}", new { role = "receptionist" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_demoted_owners_token_answers_403_at_once_and_cannot_remove_the_last_owner()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);
        var second = await owner.AddUserAsync("owner");
        var secondOwner = factory.ClientFor(await factory.LoginOkAsync(second.Email));
        // The first owner is demoted; their access token still says "owner" until it expires.
        Assert.Equal(HttpStatusCode.OK, (await secondOwner.PatchAsJsonAsync($"/api/users/{clinic.OwnerId}", new { role = "doctor" })).StatusCode);

        var response = await owner.DeleteAsync($"/api/users/{second.Id}");

        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await secondOwner.GetAsync($"/api/users/{second.Id}")).StatusCode);
    }

    [Fact]
    public async Task Renaming_a_user_keeps_their_role()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);
        var doctor = await owner.AddUserAsync("doctor");

        var renamed = await owner.PatchAsJsonAsync($"/api/users/{doctor.Id}", new { name = "Dr Renamed" });

        Assert.Equal(doctor with { Name = "Dr Renamed" }, await renamed.Content.ReadFromJsonAsync<UserResponse>());
    }

    [Fact]
    public async Task Owners_of_two_clinics_never_see_each_others_users()
    {
        var first = await factory.SignUpAsync();
        var second = await factory.SignUpAsync();
        var firstOwner = factory.ClientFor(first.Session);
        var secondOwner = factory.ClientFor(second.Session);
        var firstsDoctor = await firstOwner.AddUserAsync("doctor");

        var list = await secondOwner.GetFromJsonAsync<PagedResult<UserResponse>>("/api/users");
        Assert.Equal([second.Session.User], list!.Items);

        await (await secondOwner.GetAsync($"/api/users/{firstsDoctor.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await secondOwner.GetAsync($"/api/users/{first.OwnerId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await secondOwner.PatchAsJsonAsync($"/api/users/{firstsDoctor.Id}", new { name = "Mine" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await secondOwner.DeleteAsync($"/api/users/{firstsDoctor.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(firstsDoctor, await firstOwner.GetFromJsonAsync<UserResponse>($"/api/users/{firstsDoctor.Id}"));
    }

    [Fact]
    public async Task Removing_a_user_ends_their_sessions()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);
        var doctor = await owner.AddUserAsync("doctor");
        var session = await factory.LoginOkAsync(doctor.Email);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/users/{doctor.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.RefreshAsync(session.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(doctor.Email, Requests.Password)).StatusCode);
    }

    [Fact]
    public async Task Page_sizes_beyond_100_are_refused()
    {
        var clinic = await factory.SignUpAsync();

        var response = await factory.ClientFor(clinic.Session).GetAsync("/api/users?pageSize=101");

        Assert.True((await response.ValidationProblemAsync()).Errors.ContainsKey("pageSize"));
    }
}
