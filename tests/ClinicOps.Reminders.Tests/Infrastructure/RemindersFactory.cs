using System.Net;
using System.Net.Sockets;
using ClinicOps.Contracts;
using ClinicOps.Reminders.Dispatching;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Messaging;
using ClinicOps.Testing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using netDumbster.smtp;

namespace ClinicOps.Reminders.Tests.Infrastructure;

/// <summary>
/// The reminders service against the real PostgreSQL and RabbitMQ, a real SMTP server (netDumbster) on a free port,
/// and a <see cref="FakeTimeProvider"/> for "now". The background dispatch loop is off: tests run passes with
/// <see cref="DispatchAsync"/> after advancing <see cref="Time"/>. Its scheduling client reaches the real scheduling
/// service in-process (<see cref="Scheduling"/>, same broker).
/// </summary>
public sealed class RemindersFactory() : ServiceFactory<RemindersDbContext>("reminders")
{
    public const int BatchSize = 3;

    /// <summary>Starts at the real time (tokens are checked against the real clock), in whole seconds like the database.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public int SmtpPort { get; } = FreeTcpPort();

    public SimpleSmtpServer Smtp { get; private set; } = null!;

    public SchedulingFactory Scheduling { get; } = new();

    public IBus Bus => Services.GetRequiredService<IBus>();

    public ReminderDispatcher Dispatcher => Services.GetRequiredService<ReminderDispatcher>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Scheduling.InitializeAsync();
        Smtp = SimpleSmtpServer.Start(SmtpPort);
        _ = Services; // starts the host: migrations applied, consumers bound to the broker
        _ = Scheduling.Services;
    }

    /// <summary>Stops the SMTP server: deliveries fail until <see cref="StartSmtp"/>.</summary>
    public void StopSmtp() => Smtp.Stop();

    public void StartSmtp() => Smtp = SimpleSmtpServer.Start(SmtpPort);

    public Task<int> DispatchAsync() => Dispatcher.DispatchDueAsync(CancellationToken.None);

    public Task PublishAsync<T>(T message) where T : IntegrationEvent =>
        Bus.Publish(message, context => context.MessageId = message.EventId);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(SchedulingClient.ConfigurationKey, "http://scheduling.test");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:From", "Reminders <reminders@clinicops.test>");
        builder.UseSetting("Smtp:Timeout", "00:00:05");
        builder.UseSetting("Smtp:UseTls", "false"); // netDumbster speaks plain SMTP
        builder.UseSetting("Reminders:Dispatcher:Enabled", "false");
        builder.UseSetting("Reminders:Dispatcher:BatchSize", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Time);
        services.AddHttpClient<SchedulingClient>().ConfigurePrimaryHttpMessageHandler(() => Scheduling.Server.CreateHandler());
    }

    public override async ValueTask DisposeAsync()
    {
        Smtp?.Dispose();
        await base.DisposeAsync();
        await ((IAsyncLifetime)Scheduling).DisposeAsync();
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
