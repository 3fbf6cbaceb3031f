using ClinicOps.Messaging.Audit;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ClinicOps.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "rabbitmq";

    /// <summary>
    /// Optional setting that replaces the service name as queue prefix. Tests give every in-process instance of a service
    /// its own queues with it, so two instances sharing a broker never compete for one queue's messages.
    /// </summary>
    public const string QueuePrefixKey = "Messaging:QueuePrefix";

    /// <summary>Optional setting: how many rounds of events the service handles at once (see <see cref="EventBatcher{TDbContext}"/>).</summary>
    public const string MaxConcurrentHandlersKey = "Messaging:MaxConcurrentHandlers";

    /// <summary>Optional setting: how long sent outbox and handled inbox rows are kept (a TimeSpan, default 7 days).</summary>
    public const string RetentionKey = "Messaging:Retention";

    /// <summary>Optional setting: events handled together in one transaction at most (default 50).</summary>
    public const string ConsumeBatchSizeKey = "Messaging:ConsumeBatchSize";

    /// <summary>Optional setting: failed publishes after which an outbox row is dead (default 25).</summary>
    public const string MaxPublishAttemptsKey = "Messaging:MaxPublishAttempts";

    /// <summary>
    /// Optional setting: the service's queues are quorum queues (replicated across the nodes of a RabbitMQ cluster, so a
    /// node lost loses no message) instead of classic ones. Default false: one node gains nothing from replication. A
    /// queue keeps its type once made, so set it before a broker first sees the service.
    /// </summary>
    public const string QuorumQueuesKey = "Messaging:QuorumQueues";

    /// <summary>Optional setting: how often the _error queues are counted (a TimeSpan, default 10 seconds).</summary>
    public const string ErrorQueuePollIntervalKey = "Messaging:ErrorQueuePollInterval";

    /// <summary>
    /// MassTransit on RabbitMQ (connection string <c>ConnectionStrings:rabbitmq</c>, an amqp:// URI) for one service:
    /// the events it consumes (<paramref name="consume"/>), each on a queue named "<paramref name="serviceName"/>-event-name"
    /// so two services never share a queue, retries then the _error queue, the outbox relay for
    /// <typeparamref name="TDbContext"/>, and broker health checks. Requests never publish: they only write outbox rows
    /// (<see cref="DbContextOutboxExtensions.AddIntegrationEvent"/>).
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(this IHostApplicationBuilder builder, string serviceName,
        Action<ConsumedEvents<TDbContext>>? consume = null)
        where TDbContext : DbContext
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        var defaults = new MessagingOptions(serviceName);
        var options = defaults with
        {
            QueuePrefix = builder.Configuration[QueuePrefixKey] is { Length: > 0 } prefix ? prefix : serviceName,
            MaxConcurrentHandlers = builder.Configuration.GetValue(MaxConcurrentHandlersKey, defaults.MaxConcurrentHandlers),
            ConsumeBatchSize = Math.Max(1, builder.Configuration.GetValue(ConsumeBatchSizeKey, defaults.ConsumeBatchSize)),
            Retention = builder.Configuration.GetValue(RetentionKey, defaults.Retention),
            MaxPublishAttempts = builder.Configuration.GetValue(MaxPublishAttemptsKey, defaults.MaxPublishAttempts),
            ErrorQueuePollInterval = builder.Configuration.GetValue(ErrorQueuePollIntervalKey, defaults.ErrorQueuePollInterval),
            QuorumQueues = builder.Configuration.GetValue(QuorumQueuesKey, defaults.QuorumQueues),
        };
        services.TryAddSingleton(options);
        services.TryAddSingleton<MessagingMetrics>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<EventBatcher<TDbContext>>();
        services.TryAddSingleton<OutboxCommitInterceptor>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton<AuditTrailInterceptor>();
        // Composes with the service's own AddDbContext, whichever is registered first. The audit trail comes first: the
        // outbox rows it adds are then seen by the commit interceptor like any other.
        services.ConfigureDbContext<TDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<AuditTrailInterceptor>(), provider.GetRequiredService<OutboxCommitInterceptor>()));

        services.AddHealthChecks().AddCheck<DeadOutboxRowsHealthCheck<TDbContext>>("outbox-dead-rows");

        // The RabbitMQ.Client connection Aspire configures gives /health an AMQP-level broker check and client traces.
        builder.AddRabbitMQClient(ConnectionName);

        services.Configure<MassTransitHostOptions>(options =>
        {
            // Start (and serve HTTP) even while the broker is down; the bus connects when it can.
            options.WaitUntilStarted = false;
            // Never let a stuck broker connection hold up shutdown.
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        services.AddMassTransit(bus =>
        {
            // MassTransit would post a description of the service (host name, message types) to its makers' server: an
            // outbound call nobody asked for, and a warning in the log wherever the network is closed.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.QueuePrefix, includeNamespace: false));
            consume?.Invoke(new ConsumedEvents<TDbContext>(bus));
            bus.AddConfigureEndpointsCallback((_, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    // Enough messages in hand to fill a batch (see EventBatcher).
                    rabbit.PrefetchCount = Math.Max(rabbit.PrefetchCount, options.ConsumeBatchSize);
                }
            });
            if (options.QuorumQueues)
            {
                bus.AddConfigureEndpointsCallback((_, endpoint) =>
                {
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                    {
                        rabbit.SetQuorumQueue();
                    }
                });
            }

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var uri = RabbitMqUri(context.GetRequiredService<IConfiguration>());
                rabbit.Host(uri.Host, (ushort)(uri.IsDefaultPort ? 5672 : uri.Port), VirtualHost(uri), host =>
                {
                    var credentials = uri.UserInfo.Split(':', 2);
                    host.Username(Uri.UnescapeDataString(credentials[0]));
                    host.Password(credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "");
                    host.PublisherConfirmation = true;
                    if (uri.Scheme == "amqps")
                    {
                        host.UseSsl(ssl => ssl.ServerName = uri.Host);
                    }
                });
                // A handler that keeps failing is retried a few times, then its message goes to <queue>_error.
                rabbit.UseMessageRetry(retry => retry.Intervals(200, 1000, 3000));
                if (options.QuorumQueues)
                {
                    rabbit.SendTopology.ConfigureErrorSettings = error => error.SetQuorumQueue();
                }

                rabbit.ConfigureEndpoints(context);
            });
        });
        // After MassTransit's own hosted service, so the bus is starting before the relay first publishes.
        services.AddHostedService<OutboxRelay<TDbContext>>();
        services.AddHostedService<MessagePruner<TDbContext>>();
        services.TryAddSingleton<ErrorQueueMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<ErrorQueueMonitor>());
        services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<ErrorQueueMonitor>());
        return builder;
    }

    private static Uri RabbitMqUri(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName);
        return Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps"
            ? uri
            : throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} must be an amqp:// URI (e.g. amqp://guest:guest@localhost:5672/).");
    }

    private static string VirtualHost(Uri uri)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        return path.Length == 0 ? "/" : path;
    }
}
