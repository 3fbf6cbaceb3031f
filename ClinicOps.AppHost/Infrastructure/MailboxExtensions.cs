using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.AppHost.Infrastructure;

public static class MailboxExtensions
{
    public const string HttpEndpointName = "http";
    public const string SmtpEndpointName = "smtp";
    public const string Sender = "reminders@clinicops.local";

    /// <summary>
    /// The development mailbox (smtp4dev): every e-mail the reminders service sends lands here, readable in its web
    /// page (linked from the dashboard) and through its REST API at /api/messages. The rnwood/smtp4dev container where
    /// a container engine answers, otherwise the Rnwood.Smtp4dev dotnet tool from the repository's tool manifest.
    /// </summary>
    public static IResourceBuilder<IResourceWithEndpoints> AddMailbox(this IDistributedApplicationBuilder builder, string name = "mailbox")
    {
        if (builder.IsContainerRuntimeAvailable())
        {
            return builder.AddContainer(name, "rnwood/smtp4dev", "v3")
                .WithHttpEndpoint(targetPort: 80, name: HttpEndpointName)
                .WithEndpoint(targetPort: 25, name: SmtpEndpointName, scheme: "tcp")
                .WithHttpHealthCheck("/api/messages");
        }

        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var mailbox = builder.AddExecutable(name, dotnet, repositoryRoot)
            .WithHttpEndpoint(name: HttpEndpointName, isProxied: false)
            .WithEndpoint(name: SmtpEndpointName, scheme: "tcp", isProxied: false);
        var http = mailbox.GetEndpoint(HttpEndpointName);
        var smtp = mailbox.GetEndpoint(SmtpEndpointName);

        return mailbox
            .WithArgs(context =>
            {
                context.Args.Add("tool");
                context.Args.Add("run");
                context.Args.Add("smtp4dev");
                context.Args.Add("--");
                context.Args.Add("--urls");
                context.Args.Add(ReferenceExpression.Create($"http://localhost:{http.Property(EndpointProperty.TargetPort)}"));
                context.Args.Add("--smtpport");
                context.Args.Add(smtp.Property(EndpointProperty.TargetPort));
                context.Args.Add("--hostname=localhost");
                context.Args.Add("--db="); // in memory
                context.Args.Add("--imapport="); // no IMAP or POP3: their fixed ports would clash between runs
                context.Args.Add("--pop3port=");
            })
            // The tool comes from .config/dotnet-tools.json; restoring is instant once it is there.
            .OnBeforeResourceStarted((resource, e, ct) => ProcessRunner.RunAsync(
                dotnet, ["tool", "restore"], repositoryRoot, e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource), ct))
            .WithHttpHealthCheck("/api/messages")
            .WithIconName("Mail")
            .ExcludeFromManifest();
    }

    /// <summary>Points a service's e-mail channel (configuration section Smtp) at the mailbox.</summary>
    public static IResourceBuilder<ProjectResource> WithMailbox(this IResourceBuilder<ProjectResource> service, IResourceBuilder<IResourceWithEndpoints> mailbox)
    {
        var smtp = mailbox.GetEndpoint(SmtpEndpointName);
        return service
            .WithEnvironment(context =>
            {
                context.EnvironmentVariables["Smtp__Host"] = smtp.Property(EndpointProperty.Host);
                context.EnvironmentVariables["Smtp__Port"] = smtp.Property(EndpointProperty.Port);
                context.EnvironmentVariables["Smtp__From"] = Sender;
                context.EnvironmentVariables["Smtp__UseTls"] = "false"; // the development mailbox speaks plain SMTP
            })
            .WithReferenceRelationship(mailbox);
    }
}
