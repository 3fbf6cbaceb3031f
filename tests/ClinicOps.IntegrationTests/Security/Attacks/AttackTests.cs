using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// Each attack of <see cref="AttackCases"/> against one seeded victim clinic: a 4xx ProblemDetails (never a 5xx, never a
/// stack trace, see <see cref="GuardedHandler"/>), and every list of the clinic answers exactly as before.
/// </summary>
public sealed class AttackTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private static readonly PerApp<AttackTarget> Targets = new(AttackTarget.CreateAsync);

    public static TheoryData<string> Cases => new(AttackCases.All.Select(c => c.Name));

    /// <summary>The victim clinic, seeded once for all the attacks of a run.</summary>
    public static Task<AttackTarget> TargetAsync(WholeAppFixture app) => Targets.GetAsync(app);

    [Fact]
    public void The_suite_has_at_least_32_attack_cases_with_distinct_names()
    {
        Assert.True(AttackCases.All.Count >= 32, $"{AttackCases.All.Count} attack cases");
        Assert.Equal(AttackCases.All.Count, AttackCases.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_attack_gets_a_4xx_problem_and_changes_nothing(string name)
    {
        var attack = AttackCases.Named(name);
        var target = await TargetAsync(App);
        var before = await target.SnapshotAsync();

        var answer = await attack.Send(target);

        Assert.True(answer.Status < 500, $"{name}: answered {answer}");
        Assert.True(attack.Expected.Any(s => (int)s == answer.Status),
            $"{name}: answered {answer}; expected {string.Join(" or ", attack.Expected.Select(s => (int)s))}");
        if (attack.ProblemDetails)
        {
            answer.AssertProblemDetails(name);
        }

        Assert.Null(StackTraces.InResponse(answer.Body));
        (await target.SnapshotAsync()).AssertUnchangedSince(before, name);
    }
}
