using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace ClinicOps.AppHost.Infrastructure;

public static class ServiceExtensions
{
    private const string HealthPath = "/health";

    /// <summary>Setting: instances of every service, the gateway and the web app (default 1; see the README's "Past one machine").</summary>
    public const string ReplicasKey = "ClinicOps:Replicas";

    /// <summary>
    /// A ClinicOps service: its own database (as ConnectionStrings:&lt;name&gt;) and the broker (ConnectionStrings:rabbitmq),
    /// each waited for, token validation, and a health check on /health (which checks the database and the broker).
    /// Waiting for the broker looks slower than it is: started beside RabbitMQ's boot, five services starting at once
    /// take the two cores from it, and the whole app was healthy after 45 s instead of 31 s (benchmark figure 6).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddClinicService<TProject>(this IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<IResourceWithConnectionString> database, IResourceBuilder<IResourceWithConnectionString> rabbitmq, JwtKeys jwt)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name)
            .RunBuiltOutput()
            .WithReference(database, connectionName: name).WaitFor(database)
            .WithReference(rabbitmq).WaitFor(rabbitmq)
            .WithJwtValidation(jwt)
            .WithoutOtlpRetry()
            .WithHttpHealthCheck(HealthPath)
            .WithConfiguredReplicas();

    /// <summary>
    /// The gateway, in front of every service. It listens on http://localhost:8080 in a local run (GATEWAY_URL
    /// changes the port); under Aspire's test host ports are randomized, so tests get a free one. It starts once every
    /// service is healthy, so the first request through it finds them ready; its own /health stays unhealthy while any
    /// service it routes to is not ready (it probes their /health), and a request for such a service gets a fast 503
    /// with Retry-After instead of waiting for a timeout.
    /// Locally the staff web app calls it from this machine with the browser's address in X-Forwarded-For, so loopback is
    /// the trusted proxy whose header the per-IP limit believes.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddClinicGateway(this IDistributedApplicationBuilder builder, JwtKeys jwt,
        params IResourceBuilder<ProjectResource>[] services)
    {
        var gateway = builder.AddProject<Projects.ClinicOps_Gateway>("gateway")
            .RunBuiltOutput()
            .WithEndpoint("http", endpoint => endpoint.Port = GatewayPort(builder.Configuration))
            .WithExternalHttpEndpoints()
            .WithJwtValidation(jwt)
            .WithEnvironment("RateLimits__TrustedProxies__0", "127.0.0.0/8")
            .WithEnvironment("RateLimits__TrustedProxies__1", "::1")
            .WithoutOtlpRetry()
            .WithHttpHealthCheck(HealthPath)
            .WithConfiguredReplicas();
        foreach (var service in services)
        {
            gateway.WithReference(service).WaitFor(service);
        }

        return gateway;
    }

    /// <summary>
    /// The staff web app, served by the gateway at every path outside the API. It calls the API only through the
    /// gateway (found by service discovery) and waits for it; the gateway only routes to it and does not wait, so the two
    /// never wait for each other. Its Data Protection keys live in the app's data folder, so a restart (or a second
    /// replica) still reads the cookies it issued.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddClinicWebApp(this IDistributedApplicationBuilder builder,
        IResourceBuilder<ProjectResource> gateway)
    {
        var keys = AppDataDirectory.CreatePrivateDirectory(Path.Combine(builder.GetAppDataDirectory(), DataFolder.WebKeys));
        var web = builder.AddProject<Projects.ClinicOps_Web>("web")
            .RunBuiltOutput()
            .WithReference(gateway).WaitFor(gateway)
            .WithEnvironment("DataProtection__KeysDirectory", keys)
            .WithoutOtlpRetry()
            .WithHttpHealthCheck(HealthPath)
            .WithConfiguredReplicas();
        gateway.WithReference(web);
        return web;
    }

    /// <summary>
    /// Starts the project's built program itself rather than through `dotnet run --no-build`, which Aspire uses by
    /// default. The launcher evaluates the project with MSBuild before it starts the program and then stays alive
    /// beside it: about 140 MB and a few seconds of CPU per service, six at once on two cores, for nothing the app
    /// uses (benchmark figure 6). Building the AppHost builds every service in the same configuration first, so the
    /// output is current. A Release build also leaves the program precompiled in bin/Release/ready-to-run/
    /// (Directory.Build.targets), which starts sooner (benchmark figure 6): that copy is preferred. When neither is where the
    /// build puts it, the project starts the default way.
    /// </summary>
    public static IResourceBuilder<ProjectResource> RunBuiltOutput(this IResourceBuilder<ProjectResource> project)
    {
        var projectPath = project.Resource.GetProjectMetadata().ProjectPath;
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        var programName = Path.GetFileNameWithoutExtension(projectPath) + (OperatingSystem.IsWindows() ? ".exe" : "");
        var configurationOutput = Path.Combine(projectDirectory, "bin", BuildConfiguration);
        var program = new[] { "ready-to-run", $"net{Environment.Version.Major}.{Environment.Version.Minor}" }
            .Select(folder => Path.Combine(configurationOutput, folder, programName))
            .FirstOrDefault(File.Exists);
        return program is not null
            ? project.WithAnnotation(new ExecutableAnnotation { Command = program, WorkingDirectory = projectDirectory },
                ResourceAnnotationMutationBehavior.Replace)
            : project;
    }

    /// <summary>
    /// Runs <see cref="ReplicasKey"/> instances of the project behind one address (Aspire's proxy spreads requests
    /// across them). Every instance is stateless: its data is in its database, and the outbox relays, the reminder
    /// dispatcher and the consumers share work through row locks, leases and inboxes, never through memory.
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithConfiguredReplicas(this IResourceBuilder<ProjectResource> project) =>
        project.ApplicationBuilder.Configuration.GetValue(ReplicasKey, 1) is var replicas and > 1
            ? project.WithReplicas(replicas)
            : project;

    private static string BuildConfiguration =>
        typeof(ServiceExtensions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>
    /// Aspire tells .NET services to buffer telemetry for retry; with no one to retry to at shutdown that buffer
    /// holds each service up for seconds. Without it the whole app stops in about 2 s instead of 13.
    /// </summary>
    public static IResourceBuilder<T> WithoutOtlpRetry<T>(this IResourceBuilder<T> resource) where T : IResourceWithEnvironment =>
        resource.WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"));

    private static int GatewayPort(IConfiguration configuration) =>
        Uri.TryCreate(configuration["GATEWAY_URL"], UriKind.Absolute, out var url) ? url.Port : 8080;
}
