using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ClinicOps.Web.Api;
using ClinicOps.Web.Components.Shared;

namespace ClinicOps.Web.Tests.Components;

public sealed class ProblemBannerTests : BunitContext
{
    [Fact]
    public void A_problem_is_told_in_the_apis_words_with_the_trace_id_for_support()
    {
        var problem = new ApiProblem(409, "Conflict", "The patient has appointments and cannot be deleted.", "4bf92f3577b34da6a3ce929d0e0e4736",
            new Dictionary<string, string[]>());

        var banner = Render<ProblemBanner>(parameters => parameters.Add(b => b.Problem, problem));

        Assert.Contains("The patient has appointments and cannot be deleted.", banner.Markup, StringComparison.Ordinal);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", banner.Find("code").TextContent);
        Assert.Equal("alert", banner.Find("[role=alert]").GetAttribute("role"));
    }

    [Fact]
    public void Field_errors_shown_at_their_inputs_are_summarised_and_the_unplaced_ones_listed()
    {
        var problem = new ApiProblem(400, "Bad request", "One or more fields are invalid.", null,
            new Dictionary<string, string[]> { ["phone"] = ["Bad phone."], ["x"] = ["Something else."] });

        var banner = Render<ProblemBanner>(parameters => parameters.Add(b => b.Problem, problem).Add(b => b.Unplaced, ["Something else."]));

        Assert.Contains("Something else.", banner.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Reference for support", banner.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ended_session_offers_signing_in_again_and_coming_back()
    {
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/patients?search=ann");
        var problem = new ApiProblem(401, "Unauthorized", "A valid access token is required.", null, new Dictionary<string, string[]>());

        var banner = Render<ProblemBanner>(parameters => parameters.Add(b => b.Problem, problem));

        Assert.Equal("/signin?returnUrl=%2Fpatients%3Fsearch%3Dann", banner.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void No_problem_shows_nothing()
    {
        var banner = Render<ProblemBanner>();

        Assert.Empty(banner.Markup.Trim());
    }
}
