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
            return builder.AddRabbitMQ(name);
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
            .ExcludeFromManifest();
    }
}
