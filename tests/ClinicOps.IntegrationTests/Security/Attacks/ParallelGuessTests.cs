using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>The lockout holds when the guesses come all at once: attempts for one email are counted before bcrypt runs.</summary>
public sealed class ParallelGuessTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    [Fact]
    public async Task Thirty_parallel_wrong_logins_for_one_email_give_at_most_five_401_and_the_rest_429()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var anonymous = GatewayClients.Create(App);

        var answers = await Task.WhenAll(Enumerable.Range(1, 30).Select(async guess =>
        {
            using var response = await AuthCalls.PostAsync(anonymous, "/api/auth/login", new { email = clinic.Email, password = $"Guess-{guess}-Wrong-Password" });
            return response.StatusCode;
        }));

        Assert.InRange(answers.Count(a => a == HttpStatusCode.Unauthorized), 1, 5);
        Assert.Equal(30 - answers.Count(a => a == HttpStatusCode.Unauthorized), answers.Count(a => a == HttpStatusCode.TooManyRequests));
    }
}
