using System.Collections.Concurrent;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;

namespace ClinicOps.IntegrationTests.Security.Isolation;

/// <summary>
/// Clinic A, filled with one of everything and settled (its reads recorded as <see cref="Baseline"/>), and clinic B, a
/// separate signed-up clinic with nothing in it, whose owner addresses A's data. Both real, both signed up through the API.
/// </summary>
public sealed class IsolationScenario
{
    private IsolationScenario(WholeAppFixture app, Seeded a, SignedUpClinic b)
    {
        A = a.Clinic;
        Baseline = a.Settled;
        ARefreshToken = a.Owner.RefreshToken;
        AClient = GatewayClients.Create(app, a.Owner.AccessToken);
        BClient = GatewayClients.Create(app, b.AccessToken);
        Anonymous = GatewayClients.Create(app);
        BOwnIds[b.ClinicId] = true;
        BOwnIds[b.OwnerId] = true;
    }

    public SeededClinic A { get; }

    /// <summary>A's reads before B did anything.</summary>
    public ClinicSnapshot Baseline { get; }

    /// <summary>A's current refresh token (it rotates when A refreshes).</summary>
    public string ARefreshToken { get; set; }

    public HttpClient AClient { get; }

    public HttpClient BClient { get; }

    public HttpClient Anonymous { get; }

    /// <summary>Ids of B's own records: its clinic, its owner, and whatever B created in the matrix.</summary>
    public ConcurrentDictionary<Guid, bool> BOwnIds { get; } = new();

    public static async Task<IsolationScenario> CreateAsync(WholeAppFixture app)
    {
        var a = await ClinicSeeder.SeedAsync(app, "Alpha");
        var b = await SignUps.SignUpAsync(app, $"Clinic Bravo {Guid.CreateVersion7().ToString("N")[^10..]}");
        return new IsolationScenario(app, a, b);
    }

    /// <summary>A staff user of B, newly added and signed in: a session whose end no other row notices.</summary>
    public async Task<HttpClient> BSpareSessionAsync(WholeAppFixture app)
    {
        var email = $"b-spare-{Guid.CreateVersion7():N}@clinicops.test";
        var user = await BClient.PostCreatedAsync("/api/users", new { name = "Sid Spare", email, password = ClinicSeeder.StaffPassword, role = "receptionist" });
        BOwnIds[user.Id()] = true;
        var session = await AuthCalls.LoginAsync(GatewayClients.Create(app), email, ClinicSeeder.StaffPassword);
        return GatewayClients.Create(app, session.AccessToken);
    }

    /// <summary>A's reads now, to compare with <see cref="Baseline"/>.</summary>
    public Task<ClinicSnapshot> ReadAAsync() => ClinicSnapshot.TakeAsync(AClient, A.ReadPaths);
}
