using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Messaging.Tests.Infrastructure;

/// <summary>
/// A generic host wired exactly like a service (AddDbContext + AddMessaging) against the real test servers,
/// playing both producer and consumer of <see cref="NoteWritten"/>.
/// </summary>
public sealed class MessagingHost : IAsyncDisposable
{
    /// <summary>How long a test waits for an event to be handled.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly IHost _host;

    private MessagingHost(IHost host, string serviceName)
    {
        _host = host;
        ServiceName = serviceName;
    }

    /// <summary>Unique per host, so hosts sharing the broker never share a queue.</summary>
    public string ServiceName { get; }

    public ConsumeRecorder Recorder => _host.Services.GetRequiredService<ConsumeRecorder>();

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public static async Task<MessagingHost> StartAsync(TestServers servers, MessagingOptions? options = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var serviceName = $"messaging-test-{Guid.NewGuid().ToString("N")[..8]}";
        var database = await servers.CreateDatabaseAsync("messaging");

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:rabbitmq"] = servers.RabbitMqConnectionString;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddTenantContext();
        builder.Services.AddSingleton<ConsumeRecorder>();
        if (options is not null)
        {
            builder.Services.AddSingleton(options with { ServiceName = serviceName });
        }

        builder.Services.AddDbContext<TestDbContext>(db => db.UseNpgsql(database));
        builder.AddMessaging<TestDbContext>(serviceName, events => events
            .Handle<NoteWritten, NoteWrittenHandler>()
            .Bus.AddConsumeObserver(provider => provider.GetRequiredService<ConsumeRecorder>()));

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync().WaitAsync(Deadline);
        await WaitForConsumersAsync(host);
        return new MessagingHost(host, serviceName);
    }

    /// <summary>Writes a note and its event in one SaveChanges, as a request handler does.</summary>
    public async Task<NoteWritten> WriteNoteAsync(string text = "hello")
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        var note = new Note(Guid.CreateVersion7(), text);
        var written = Event(note);
        db.Notes.Add(note);
        db.AddIntegrationEvent(written);
        await db.SaveChangesAsync();
        return written;
    }

    /// <summary>
    /// Writes a note and its event for each text in one SaveChanges, as <paramref name="count"/> "burst" notes when no
    /// texts are given: a burst for the relay, which publishes them all at once.
    /// </summary>
    public async Task<IReadOnlyList<NoteWritten>> WriteNotesAsync(int count, Func<int, string>? text = null)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        var written = new List<NoteWritten>();
        for (var i = 0; i < count; i++)
        {
            var note = new Note(Guid.CreateVersion7(), text?.Invoke(i) ?? $"burst {i}");
            db.Notes.Add(note);
            written.Add(Event(note));
            db.AddIntegrationEvent(written[^1]);
        }

        await db.SaveChangesAsync();
        return written;
    }

    public static NoteWritten Event(Note note) => new()
    {
        ClinicId = Guid.CreateVersion7(),
        OccurredAt = TimeProvider.System.GetUtcNow(),
        NoteId = note.Id,
        Text = note.Text,
    };

    public async Task<T> QueryAsync<T>(Func<TestDbContext, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task<HealthReport> CheckHealthAsync() => _host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    public Task<int?> TimesHandledAsync(Guid noteId) =>
        QueryAsync(db => db.Receipts.Where(r => r.NoteId == noteId).Select(r => (int?)r.Times).SingleOrDefaultAsync());

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().WaitAsync(Deadline);
        _host.Dispose();
    }

    /// <summary>The bus starts in the background; a test should not publish before its queue is bound.</summary>
    private static async Task WaitForConsumersAsync(IHost host)
    {
        var bus = host.Services.GetRequiredService<IBusControl>();
        using var timeout = new CancellationTokenSource(Deadline);
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);
    }
}
