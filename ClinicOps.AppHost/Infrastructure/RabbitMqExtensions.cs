using Microsoft.Extensions.Logging;

namespace ClinicOps.AppHost.Infrastructure;

public static class RabbitMqExtensions
{
    /// <summary>
    /// RabbitMQ: Aspire's container where a container engine answers, otherwise the machine's own broker as an
    /// executable resource with its own epmd (a resource of its own, started first, so it never outlives the app).
    /// Ports are picked by the AppHost and handed over through the environment.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddClinicRabbitMq(this IDistributedApplicationBuilder builder, string name = "rabbitmq")
    {
        if (builder.IsContainerRuntimeAvailable())
        {
            return builder.AddRabbitMQ(name).WithManagementPlugin();
        }

        var home = AppDataDirectory.CreatePrivateDirectory(Path.Combine(builder.GetAppDataDirectory(), DataFolder.RabbitMq));
        var environment = RabbitMqNode.Prepare(home);
        var broker = new LocalRabbitMqResource(name, LocalBinaries.RabbitMqServer(), home);

        var epmd = builder.AddExecutable($"{name}-epmd", LocalBinaries.Epmd(), home, "-address", "127.0.0.1")
            .WithEndpoint(name: "tcp", scheme: "tcp", env: "ERL_EPMD_PORT", isProxied: false)
            .WithParentRelationship(broker)
            .ExcludeFromManifest();
        var epmdEndpoint = epmd.GetEndpoint("tcp");
        epmd.WithHealthCheck(builder.AddResourceHealthCheck($"{name}-epmd_check", () => new EpmdHealthCheck(epmdEndpoint)));

        return builder.AddResource(broker)
            .WithEndpoint(name: LocalRabbitMqResource.EndpointName, scheme: "tcp", env: "RABBITMQ_NODE_PORT", isProxied: false)
            .WithEndpoint(name: LocalRabbitMqResource.DistributionEndpointName, scheme: "tcp", env: "RABBITMQ_DIST_PORT", isProxied: false)
            .WithUrlForEndpoint(LocalRabbitMqResource.DistributionEndpointName, url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly)
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in environment)
                {
                    context.EnvironmentVariables[key] = value;
                }

                context.EnvironmentVariables["ERL_EPMD_PORT"] = epmdEndpoint.Property(EndpointProperty.Port);
            })
            .WaitFor(epmd)
            .WithHealthCheck(builder.AddResourceHealthCheck($"{name}_check", () => new RabbitMqHealthCheck(broker)))
            .WithIconName("Mail")
            .WithFailedMessageCommands(new FailedMessages(broker, environment, epmdEndpoint))
            .ExcludeFromManifest();
    }

    public const string ListFailedMessagesCommand = "list-failed-messages";
    public const string ReplayFailedMessagesCommand = "replay-failed-messages";

    /// <summary>
    /// The dashboard's commands on the broker for messages that failed every retry (docs/operations.md): list them with
    /// their reasons, and replay them once the cause is fixed.
    /// </summary>
    private static IResourceBuilder<T> WithFailedMessageCommands<T>(this IResourceBuilder<T> broker, FailedMessages failed)
        where T : IResource
    {
        var whileRunning = new CommandOptions
        {
            UpdateState = context => context.ResourceSnapshot.State?.Text == KnownResourceStates.Running
                ? ResourceCommandState.Enabled
                : ResourceCommandState.Disabled,
        };
        return broker
            .WithCommand(ListFailedMessagesCommand, "List failed messages", async context =>
                CommandResults.Success("Failed messages", await failed.ListAsync(context.CancellationToken), CommandResultFormat.Markdown, true),
                new CommandOptions
                {
                    UpdateState = whileRunning.UpdateState,
                    Description = "Counts the messages in every _error queue and shows why the first ones failed.",
                    IconName = "DocumentSearch",
                })
            .WithCommand(ReplayFailedMessagesCommand, "Replay failed messages", async context =>
            {
                var moved = await failed.ReplayAsync(context.CancellationToken);
                var summary = moved.Count == 0
                    ? "No failed messages to replay."
                    : $"Replayed {moved.Sum(q => q.Moved)} messages: " + string.Join(", ", moved.Select(q => $"{q.Moved} to {q.Queue}")) + ".";
                context.Logger.LogInformation("{Summary}", summary);
                return CommandResults.Success(summary);
            }, new CommandOptions
            {
                UpdateState = whileRunning.UpdateState,
                Description = "Moves every message in the _error queues back to the queue it failed on, once its cause is fixed.",
                ConfirmationMessage = "Replay every failed message now? Do this once the cause of the failures is fixed; " +
                    "events already handled are skipped.",
                IconName = "ArrowRepeatAll",
            });
    }
}
