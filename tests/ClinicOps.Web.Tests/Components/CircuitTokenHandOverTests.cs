using ClinicOps.Web.Auth;
using Microsoft.Extensions.Time.Testing;

namespace ClinicOps.Web.Tests.Components;

public sealed class CircuitTokenHandOverTests
{
    private static readonly CircuitToken Token = new("access", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(15));

    [Fact]
    public void A_circuit_takes_the_token_its_own_users_browser_delivered_once()
    {
        var handOvers = new CircuitTokenHandOver(new FakeTimeProvider());
        var id = handOvers.Open("user-1");

        Assert.True(handOvers.Deliver(id, "user-1", Token));

        Assert.Equal(Token, handOvers.Take(id));
        Assert.Null(handOvers.Take(id));
    }

    [Fact]
    public void A_token_of_another_user_is_never_handed_to_the_circuit()
    {
        var handOvers = new CircuitTokenHandOver(new FakeTimeProvider());
        var id = handOvers.Open("user-1");

        Assert.False(handOvers.Deliver(id, "user-2", Token));
        Assert.False(handOvers.Deliver("made-up-id", "user-1", Token));

        Assert.Null(handOvers.Take(id));
    }

    [Fact]
    public void An_unanswered_hand_over_expires()
    {
        var time = new FakeTimeProvider();
        var handOvers = new CircuitTokenHandOver(time);
        var id = handOvers.Open("user-1");

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.False(handOvers.Deliver(id, "user-1", Token));
    }

    [Fact]
    public void A_circuit_renews_its_token_in_the_last_third_of_its_life()
    {
        var issued = new DateTimeOffset(2027, 3, 9, 8, 0, 0, TimeSpan.Zero);
        var token = new CircuitToken("access", issued, issued.AddMinutes(15));

        Assert.False(token.NeedsRenewal(issued.AddMinutes(9)));
        Assert.True(token.NeedsRenewal(issued.AddMinutes(10)));
    }
}
