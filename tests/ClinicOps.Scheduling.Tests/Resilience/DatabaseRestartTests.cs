using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.Scheduling.Tests.Resilience;

/// <summary>
/// PostgreSQL goes away under a running scheduling service and comes back. Meanwhile every request answers quickly
/// with a 503 ProblemDetails (never a hang), /health reports the service unhealthy, and once the database returns the
/// same process serves again without a restart. Uses servers of its own, so no other test sees the outage.
/// </summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);

    private TestServers servers = null!;
    private OwnServersSchedulingFactory factory = null!;

    public async Task InitializeAsync()
    {
        servers = await TestServers.StartNewAsync();
        factory = new OwnServersSchedulingFactory(servers);
        await factory.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)factory).DisposeAsync();
        await servers.DisposeAsync();
    }

    [Fact]
    public async Task While_its_database_is_down_the_service_answers_503_problem_details_and_reports_unhealthy_then_recovers_by_itself()
    {
        using var client = factory.CreateClientFor(Guid.CreateVersion7());
        using var anonymous = factory.CreateClient();
        var doctor = await client.AddDoctorAsync();
        await Eventually.UntilAsync(async () => await StatusAsync(anonymous, "/health") == HttpStatusCode.OK, "the service to be healthy", Recovery);

        await servers.StopPostgresAsync();

        var read = await TimedAsync(() => client.GetAsync($"/api/doctors/{doctor.Id}"));
        await read.Response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(read.Elapsed < NoHang, $"A read took {read.Elapsed} to answer.");
        Assert.NotNull(read.Response.Headers.RetryAfter);

        var write = await TimedAsync(() => client.PostAsJsonAsync("/api/patients", new { name = "Ada Byron", phone = Phones.NewE164() }));
        await write.Response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(write.Elapsed < NoHang, $"A write took {write.Elapsed} to answer.");

        var health = await TimedAsync(() => anonymous.GetAsync("/health"));
        output.WriteLine($"With the database down: read {(int)read.Response.StatusCode} in {read.Elapsed}, write {(int)write.Response.StatusCode} " +
            $"in {write.Elapsed}, /health {(int)health.Response.StatusCode} in {health.Elapsed}.");

        await servers.StartPostgresAsync();

        await Eventually.UntilAsync(async () => await StatusAsync(client, $"/api/doctors/{doctor.Id}") == HttpStatusCode.OK,
            "reads to succeed again", Recovery);
        await Eventually.UntilAsync(async () => await StatusAsync(anonymous, "/health") == HttpStatusCode.OK, "/health to report healthy again", Recovery);
        Assert.Equal(doctor, await (await client.GetAsync($"/api/doctors/{doctor.Id}")).ReadAsync<DoctorResponse>(HttpStatusCode.OK));
        var patient = await client.AddPatientAsync(name: "Ada Byron");
        Assert.Equal("Ada Byron", patient.Name);

        // What /health said while the database was down (asserted last, so a slow answer does not hide the recovery).
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Response.StatusCode);
        Assert.True(health.Elapsed < NoHang, $"/health took {health.Elapsed} to answer while the database was down.");
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        var response = await send().WaitAsync(TimeSpan.FromSeconds(60));
        return (response, clock.Elapsed);
    }
}
