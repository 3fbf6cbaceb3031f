using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.Identity.Tests.Auth;

/// <summary>The service validates every token itself, whatever the gateway did.</summary>
[Collection(IdentityCollection.Name)]
public sealed class ForgedTokenTests(IdentityFactory factory)
{
    [Fact]
    public async Task A_genuine_token_is_accepted()
    {
        var clinic = await factory.SignUpAsync();

        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(clinic.Session).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_answers_401()
    {
        var clinic = await factory.SignUpAsync();
        var payload = Payload(clinic.Session.AccessToken);

        var forged = $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode(payload.ToJsonString())}.";

        await AssertRefusedAsync(forged);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_answers_401()
    {
        var clinic = await factory.SignUpAsync();

        var forged = TestTokens.MintWith(d => d.SigningCredentials = TestTokens.ForeignSigningCredentials(), clinic.ClinicId, clinic.OwnerId);

        await AssertRefusedAsync(forged);
    }

    [Fact]
    public async Task An_expired_token_answers_401()
    {
        var clinic = await factory.SignUpAsync();

        var expired = TestTokens.MintWith(TestTokens.Expire, clinic.ClinicId, clinic.OwnerId);

        await AssertRefusedAsync(expired);
    }

    [Fact]
    public async Task A_token_whose_clinic_id_was_edited_answers_401()
    {
        var victim = await factory.SignUpAsync();
        var attacker = await factory.SignUpAsync();
        var parts = attacker.Session.AccessToken.Split('.');
        var payload = Payload(attacker.Session.AccessToken);
        payload["clinic_id"] = victim.ClinicId.ToString();

        var tampered = $"{parts[0]}.{Encode(payload.ToJsonString())}.{parts[2]}";

        await AssertRefusedAsync(tampered);
    }

    [Theory]
    [InlineData("issuer")]
    [InlineData("audience")]
    public async Task A_token_for_another_issuer_or_audience_answers_401(string field)
    {
        var clinic = await factory.SignUpAsync();

        var forged = TestTokens.MintWith(d =>
        {
            if (field == "issuer")
            {
                d.Issuer = "someone-else";
            }
            else
            {
                d.Audience = "another-app";
            }
        }, clinic.ClinicId, clinic.OwnerId);

        await AssertRefusedAsync(forged);
    }

    [Fact]
    public async Task A_token_without_a_clinic_is_refused()
    {
        var forged = TestTokens.MintWith(d => d.Claims.Remove("clinic_id"));

        var response = await factory.ClientWithToken(forged).GetAsync("/api/me");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }

    private async Task AssertRefusedAsync(string token)
    {
        var client = factory.ClientWithToken(token);

        await (await client.GetAsync("/api/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PatchAsJsonAsync("/api/clinics/current", new UpdateClinicRequest("Taken over", null, null))).StatusCode);
    }

    private static JsonObject Payload(string jwt) =>
        JsonNode.Parse(Base64UrlEncoder.Decode(jwt.Split('.')[1]))!.AsObject();

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
