using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.Gateway.Tests;

/// <summary>
/// The token check every hop runs (gateway and services, through ServiceDefaults): a valid token is verified once until
/// it expires, and nothing about a refused or altered token is ever taken from what was kept.
/// </summary>
public sealed class CachingTokenHandlerTests
{
    private static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = TestTokens.Issuer,
        ValidAudience = TestTokens.Audience,
        IssuerSigningKey = TestTokens.SigningCredentials.Key,
        ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.Zero,
    };

    private readonly CountingHandler _verifier = new();
    private readonly ManualClock _clock = new();
    private readonly CachingTokenHandler _handler;

    public CachingTokenHandlerTests() => _handler = new CachingTokenHandler(_verifier, _clock);

    [Fact]
    public async Task A_valid_token_is_verified_once_and_then_accepted_from_memory_with_the_same_claims()
    {
        var clinicId = Guid.CreateVersion7();
        var token = TestTokens.Mint(clinicId, Guid.CreateVersion7());

        var first = await _handler.ValidateTokenAsync(token, Parameters);
        var second = await _handler.ValidateTokenAsync(token, Parameters);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(clinicId.ToString(), second.ClaimsIdentity.FindFirst("clinic_id")?.Value);
        Assert.Equal(1, _verifier.Calls);
    }

    [Theory]
    [InlineData("foreign-key")]
    [InlineData("expired")]
    [InlineData("tampered-clinic")]
    [InlineData("garbage")]
    public async Task A_refused_token_is_refused_again_by_a_full_check_every_time(string kind)
    {
        var token = TokenForgery.Forge(kind, Guid.CreateVersion7());

        Assert.False((await _handler.ValidateTokenAsync(token, Parameters)).IsValid);
        Assert.False((await _handler.ValidateTokenAsync(token, Parameters)).IsValid);
        Assert.Equal(2, _verifier.Calls);
    }

    [Fact]
    public async Task A_kept_token_edited_to_name_another_clinic_is_refused()
    {
        var token = TestTokens.Mint(Guid.CreateVersion7(), Guid.CreateVersion7());
        Assert.True((await _handler.ValidateTokenAsync(token, Parameters)).IsValid);

        var parts = token.Split('.');
        var edited = TokenForgery.Forge("tampered-clinic", Guid.CreateVersion7()).Split('.');
        var tampered = $"{parts[0]}.{edited[1]}.{parts[2]}";

        Assert.False((await _handler.ValidateTokenAsync(tampered, Parameters)).IsValid);
    }

    [Fact]
    public async Task A_kept_token_is_checked_in_full_again_once_it_has_expired()
    {
        var token = TestTokens.Mint(Guid.CreateVersion7(), Guid.CreateVersion7(), lifetime: TimeSpan.FromMinutes(5));
        Assert.True((await _handler.ValidateTokenAsync(token, Parameters)).IsValid);

        _clock.Advance(TimeSpan.FromMinutes(6));
        await _handler.ValidateTokenAsync(token, Parameters);

        Assert.Equal(2, _verifier.Calls);
    }

    /// <summary>The real verifier, counting how often it was asked.</summary>
    private sealed class CountingHandler : TokenHandler
    {
        private readonly JsonWebTokenHandler _real = new() { MapInboundClaims = false };

        public int Calls { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Calls++;
            return _real.ValidateTokenAsync(token, validationParameters);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private TimeSpan _ahead;

        public void Advance(TimeSpan by) => _ahead += by;

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _ahead;
    }
}
