using System.Diagnostics;
using System.Text.Json;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using ClinicOps.IntegrationTests.Security.Isolation;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// Every OpenAPI document the gateway serves — the five services' and the merged one — passes Redocly's `recommended`
/// rules (tools/openapi-lint: the pinned CLI and the rules turned off, each with its reason) with no error and no warning,
/// as an integrator's linter would read them.
/// </summary>
public sealed class OpenApiLintTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(3);
    private readonly ITestOutputHelper output = output;

    [Fact]
    public async Task Every_served_openapi_document_passes_the_redocly_recommended_rules()
    {
        // Kept beside the test binaries (like the app's logs), so a failure can be read in the documents themselves.
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "openapi"));
        var gateway = GatewayClients.Create(App);
        var problems = new List<string>();
        foreach (var name in OpenApiRoutes.Services.Append("v1"))
        {
            using var document = await OpenApiRoutes.FetchDocumentAsync(gateway, $"/openapi/{name}.json");
            var file = Path.Combine(folder.FullName, $"{name}.json");
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(document.RootElement));
            problems.AddRange(await LintAsync(file));
        }

        Assert.True(problems.Count == 0,
            $"Redocly found {problems.Count} problems in the served OpenAPI documents (kept in {folder.FullName}):\n{string.Join('\n', problems)}");
    }

    /// <summary>Every error and warning Redocly reports in <paramref name="file"/>, one line each ("v1.json #/paths/… rule: message").</summary>
    private static async Task<IReadOnlyList<string>> LintAsync(string file)
    {
        var tool = Path.Combine(RepositoryRoot.Path, "tools", "openapi-lint");
        var cli = Path.Combine(tool, "node_modules", "@redocly", "cli", "bin", "cli.js");
        Assert.True(File.Exists(cli), $"The Redocly CLI is not installed: run 'npm ci --prefix {tool}' (./clinicops test does).");

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = tool,
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
        };
        foreach (var argument in new[] { cli, "lint", "--config", Path.Combine(tool, "redocly.yaml"), "--format", "json", file })
        {
            start.ArgumentList.Add(argument);
        }

        using var lint = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(LintTimeout);
        var stdout = lint.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = lint.StandardError.ReadToEndAsync(timeout.Token);
        await lint.WaitForExitAsync(timeout.Token);
        var report = await stdout;
        Assert.True(report.TrimStart().StartsWith('{'), $"Redocly did not lint {file} (exit code {lint.ExitCode}):\n{report}\n{await stderr}");

        using var result = JsonDocument.Parse(report);
        var name = Path.GetFileName(file);
        return [.. result.RootElement.GetProperty("problems").EnumerateArray().Select(problem =>
            $"{name} {problem.GetProperty("location")[0].GetProperty("pointer").GetString()} "
            + $"{problem.GetProperty("ruleId").GetString()} ({problem.GetProperty("severity").GetString()}): {problem.GetProperty("message").GetString()}")];
    }
}
