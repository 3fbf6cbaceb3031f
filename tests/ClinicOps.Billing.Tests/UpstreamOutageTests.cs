using ClinicOps.Billing.Infrastructure.Http;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Http;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClinicOps.Billing.Tests;

/// <summary>A service billing must ask that cannot be reached answers 503 (with Retry-After), never 500.</summary>
public sealed class UpstreamOutageTests
{
    // Nothing listens on port 1: the connection is really refused.
    private static HttpClient Unreachable() => new() { BaseAddress = new Uri("http://127.0.0.1:1/") };

    [Fact]
    public async Task An_unreachable_scheduling_is_a_503()
    {
        var client = new SchedulingClient(Unreachable(), NullLogger<SchedulingClient>.Instance);

        var problem = await Assert.ThrowsAsync<UpstreamUnavailableException>(() => client.GetAppointmentAsync(Guid.CreateVersion7(), CancellationToken.None));

        Assert.Equal(503, ((ProblemException)problem).StatusCode);
    }

    [Fact]
    public async Task An_unreachable_identity_is_a_503()
    {
        var client = new IdentityClient(Unreachable(), NullLogger<IdentityClient>.Instance);

        var problem = await Assert.ThrowsAsync<UpstreamUnavailableException>(() => client.GetClinicCurrencyAsync(CancellationToken.None));

        Assert.Equal(503, ((ProblemException)problem).StatusCode);
    }
}
