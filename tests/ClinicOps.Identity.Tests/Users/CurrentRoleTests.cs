using System.Net;
using System.Net.Http.Json;
using ClinicOps.Identity.Tests.Infrastructure;
using ClinicOps.Testing;

namespace ClinicOps.Identity.Tests.Users;

/// <summary>
/// Owner actions check the caller's role as it is now, in the transaction that acts: a token's role claim may be minutes
/// old. The role is changed here behind the service's back (as a change whose announcement has not arrived yet would
/// look), so only that check stands between the stale token and the action.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class CurrentRoleTests(IdentityFactory factory)
{
    [Fact]
    public async Task An_owner_action_checks_the_callers_current_role_not_the_tokens()
    {
        var clinic = await factory.SignUpAsync();
        var owner = factory.ClientFor(clinic.Session);
        var second = await owner.AddUserAsync("owner");
        await factory.ExecuteAsync("UPDATE users SET role = 'receptionist' WHERE id = $1", clinic.OwnerId);

        await (await owner.PostAsJsonAsync("/api/users", new { name = "Mallory", email = Requests.UniqueEmail("mallory"), password = Requests.Password, role = "owner" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await owner.PatchAsJsonAsync($"/api/users/{clinic.OwnerId}", new { role = "owner" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await owner.DeleteAsync($"/api/users/{second.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await owner.PatchAsJsonAsync("/api/clinics/current", new { clinicName = "Taken over" })).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(["receptionist"], await factory.QueryAsync<string>("SELECT role FROM users WHERE id = $1", clinic.OwnerId));
        Assert.Equal(2, (await factory.QueryAsync<long>("SELECT count(*) FROM users WHERE clinic_id = $1", clinic.ClinicId)).Single());
        Assert.Equal(["Riverside Clinic"], await factory.QueryAsync<string>("SELECT name FROM clinics WHERE id = $1", clinic.ClinicId));
    }

    [Fact]
    public async Task Tokens_of_users_identity_never_saw_keep_working()
    {
        var clinic = await factory.SignUpAsync();
        var stranger = factory.ClientWithToken(TestTokens.Mint(clinic.ClinicId, Guid.CreateVersion7(), "receptionist"));

        var response = await stranger.GetAsync("/api/clinics/current");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
