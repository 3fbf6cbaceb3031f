using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClinicOps.AppHost.Commands;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.Testing;
using ClinicOps.Testing.Apps;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Operations;

/// <summary>
/// ./clinicops backup and restore, as an operator uses them: a clinic's day is backed up while the app runs, the data
/// folder is lost, restore brings it back, and the restarted app answers exactly as before — with the tokens it issued
/// before. A missing or damaged backup is refused with a clear message and changes nothing.
/// </summary>
[Collection(nameof(BackupRestoreTests))]
public sealed class BackupRestoreTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("clinicops-backup-data-").FullName;
    private readonly string backupRoot = Directory.CreateTempSubdirectory("clinicops-backups-").FullName;

    private static readonly string[] ReadPaths = ["/api/me", "/api/doctors", "/api/patients", "/api/appointments", "/api/payments", "/api/dashboard"];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        LeftoverProcesses.Kill(dataDirectory);
        LeftoverProcesses.DeleteDirectory(dataDirectory);
        LeftoverProcesses.DeleteDirectory(backupRoot);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_backup_taken_while_the_app_runs_restores_every_answer_after_the_data_folder_is_lost()
    {
        var backup = Path.Combine(backupRoot, "nightly");
        SignedUpClinic clinic;
        Guid appointment;
        Dictionary<string, string> before;
        await using (var first = await StartAsync())
        {
            clinic = await first.SignUpClinicAsync();
            appointment = await PlayADayAsync(clinic.Client);
            before = await ReadEverythingAsync(clinic.Client, appointment);

            Assert.Equal(0, await RunAsync("backup", backup));
        }

        await RefusalsChangeNothingAsync(backup);

        Directory.Delete(dataDirectory, recursive: true);
        Assert.Equal(0, await RunAsync("restore", backup));

        await using var second = await StartAsync();
        using var sameToken = second.CreateClient(clinic.AccessToken);
        var after = await Eventually.GetAsync(() => ReadEverythingAsync(sameToken, appointment),
            answers => answers.SequenceEqual(before), "the restored app to answer as before", TimeSpan.FromSeconds(30));
        Assert.Equal(before, after);

        using var login = await second.Gateway.PostAsJsonAsync("/api/auth/login", new { email = clinic.Email, password = clinic.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    private async Task RefusalsChangeNothingAsync(string goodBackup)
    {
        var fingerprint = Fingerprint(dataDirectory);

        Assert.Equal(1, await RunAsync("restore", Path.Combine(backupRoot, "no-such-backup"), "There is no backup"));

        var damaged = Path.Combine(backupRoot, "damaged");
        CopyDirectory(goodBackup, damaged);
        var archive = Path.Combine(damaged, BackupManifest.BaseArchive);
        var bytes = await File.ReadAllBytesAsync(archive);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(archive, bytes);
        Assert.Equal(1, await RunAsync("restore", damaged, "The backup is damaged"));

        var unfinished = Path.Combine(backupRoot, "unfinished");
        CopyDirectory(goodBackup, unfinished);
        File.Delete(Path.Combine(unfinished, BackupManifest.FileName));
        Assert.Equal(1, await RunAsync("restore", unfinished, "is not a complete ClinicOps backup"));

        Assert.Equal(1, await RunAsync("backup", goodBackup, "is not empty"));

        Assert.Equal(fingerprint, Fingerprint(dataDirectory));
    }

    private async Task<int> RunAsync(string command, string backup, string? expectedError = null)
    {
        using var standardOutput = new StringWriter();
        using var standardError = new StringWriter();
        var exitCode = await DataCommands.RunAsync([command, backup, $"--ClinicOps:DataDirectory={dataDirectory}"], standardOutput, standardError);
        output.WriteLine($"{command} {backup} -> {exitCode}\n{standardOutput}{standardError}");
        if (expectedError is not null)
        {
            Assert.Contains(expectedError, standardError.ToString(), StringComparison.Ordinal);
            Assert.Contains("Nothing in the app's data folder was changed", standardError.ToString(), StringComparison.Ordinal);
        }

        return exitCode;
    }

    private async Task<StartedApp> StartAsync()
    {
        var app = new WholeAppFixture(dataDirectory, useTestSigningKey: false, ownsDataDirectory: false);
        await app.InitializeAsync();
        return new StartedApp(app);
    }

    /// <summary>A doctor, a patient, a visit completed and paid, a second visit booked; returns the completed one.</summary>
    private static async Task<Guid> PlayADayAsync(HttpClient owner)
    {
        var doctor = await CreateAsync(owner, "/api/doctors", new { name = "Dr Backup", specialization = "General" });
        var patient = await CreateAsync(owner, "/api/patients", new { name = "Pat Restore", phone = Security.Infrastructure.Phones.NewE164() });
        var visit = await CreateAsync(owner, "/api/appointments", new { doctorId = doctor, patientId = patient, startsAt = DateTimeOffset.UtcNow.AddDays(1) });
        await CreateAsync(owner, "/api/appointments", new { doctorId = doctor, patientId = patient, startsAt = DateTimeOffset.UtcNow.AddDays(2) });
        using (var completed = await owner.PostAsJsonAsync($"/api/appointments/{visit}/complete", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        }

        using var payment = new HttpRequestMessage(HttpMethod.Post, $"/api/appointments/{visit}/payments")
        {
            Content = JsonContent.Create(new { amount = 80m, method = "card", status = "paid" }),
        };
        payment.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using (var paid = await owner.SendAsync(payment))
        {
            Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        }

        // The backup is compared with what staff saw once every service had caught up.
        await Eventually.UntilAsync(async () =>
        {
            var dashboard = await owner.GetFromJsonAsync<JsonElement>("/api/dashboard");
            return dashboard.GetProperty("revenue").GetDecimal() == 80m && dashboard.GetProperty("totalAppointments").GetInt32() == 2;
        }, "the dashboard to show the day", TimeSpan.FromSeconds(30));
        return visit;
    }

    private static async Task<Dictionary<string, string>> ReadEverythingAsync(HttpClient client, Guid appointment)
    {
        Dictionary<string, string> answers = [];
        foreach (var path in ReadPaths.Concat([$"/api/appointments/{appointment}", $"/api/appointments/{appointment}/payments", $"/api/appointments/{appointment}/reminders"]))
        {
            using var response = await client.GetAsync(path);
            answers[path] = $"{(int)response.StatusCode} {JsonNode.Parse(await response.Content.ReadAsStringAsync())?.ToJsonString()}";
        }

        return answers;
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static string Fingerprint(string directory) => string.Join('\n', Directory
        .EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        .Order(StringComparer.Ordinal)
        .Select(file => $"{Path.GetRelativePath(directory, file)} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))}"));

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Stops the app (and leaves its data folder) when the test is done with it.</summary>
    private sealed class StartedApp(WholeAppFixture app) : IAsyncDisposable
    {
        public HttpClient Gateway => app.Gateway;

        public HttpClient CreateClient(string token) => app.CreateClient(token);

        public Task<SignedUpClinic> SignUpClinicAsync() => app.SignUpClinicAsync();

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
