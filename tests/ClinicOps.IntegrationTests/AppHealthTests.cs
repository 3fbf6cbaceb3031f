using System.Net;
using System.Reflection;
using System.Reflection.PortableExecutable;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using ClinicOps.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests;

public sealed class AppHealthTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    [Fact]
    public void Every_resource_of_the_app_becomes_healthy()
    {
        string[] expected =
        [
            "postgres", "identity-db", "scheduling-db", "billing-db", "reminders-db", "analytics-db", "rabbitmq", "mailbox",
            "identity", "scheduling", "billing", "reminders", "analytics", "gateway",
        ];
        Assert.Subset(App.ResourceNames.ToHashSet(), expected.ToHashSet());
        foreach (var name in App.ResourceNames)
        {
            Assert.True(App.App.ResourceNotifications.TryGetCurrentState(name, out var state), $"{name} has no state");
            Assert.True(state.Snapshot.HealthStatus == HealthStatus.Healthy, $"{name} is {state.Snapshot.State?.Text}, {state.Snapshot.HealthStatus}");
        }
    }

    [Fact]
    public async Task Gateway_health_answers_200()
    {
        using var response = await App.Gateway.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void The_first_sign_up_after_the_app_reports_ready_succeeds_within_two_seconds()
    {
        var (status, elapsed) = App.FirstSignUp;

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"the first sign-up took {elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void In_a_release_build_every_program_of_the_app_starts_precompiled()
    {
        if (typeof(AppHealthTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration != "Release")
        {
            return; // ReadyToRun is a Release-build step (Directory.Build.props); a Debug build starts IL programs.
        }

        var programs = App.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>().ToList();
        Assert.Equal(["analytics", "billing", "gateway", "identity", "reminders", "scheduling", "web"], programs.Select(p => p.Name).Order());
        foreach (var program in programs)
        {
            var command = program.Annotations.OfType<ExecutableAnnotation>().Last().Command;
            Assert.Contains($"{Path.DirectorySeparatorChar}ready-to-run{Path.DirectorySeparatorChar}", command);
            using var assembly = new PEReader(File.OpenRead(command + ".dll"));
            Assert.True(assembly.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0, $"{command}.dll holds no precompiled code");
        }
    }
}
