using ClinicOps.Web.Auth;
using Microsoft.AspNetCore.Authentication;

namespace ClinicOps.Web.Tests.Components;

public sealed class SessionTokensTests
{
    private static readonly DateTimeOffset IssuedAt = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_is_refreshed_in_the_last_third_of_its_life_and_not_before()
    {
        var tokens = new SessionTokens("access", "refresh", IssuedAt, IssuedAt.AddMinutes(15));

        Assert.False(tokens.NeedRefresh(IssuedAt.AddMinutes(9)));
        Assert.True(tokens.NeedRefresh(IssuedAt.AddMinutes(10)));
        Assert.True(tokens.NeedRefresh(IssuedAt.AddMinutes(20)));
    }

    [Fact]
    public void The_pair_round_trips_through_the_cookie_tickets_properties()
    {
        var properties = new AuthenticationProperties();
        new SessionTokens("access", "refresh", IssuedAt, IssuedAt.AddSeconds(900)).StoreIn(properties);

        Assert.Equal(new SessionTokens("access", "refresh", IssuedAt, IssuedAt.AddSeconds(900)), SessionTokens.ReadFrom(properties));
    }

    [Fact]
    public void A_ticket_without_tokens_has_no_session()
    {
        Assert.Null(SessionTokens.ReadFrom(new AuthenticationProperties()));
    }

    [Theory]
    [InlineData("/patients?search=a", "/patients?search=a")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData(null, "/")]
    public void Only_a_local_path_is_a_return_address(string? returnUrl, string expected) =>
        Assert.Equal(expected, StaffSignIn.SafeReturnUrl(returnUrl));
}
