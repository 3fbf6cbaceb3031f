using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// Prints one line once every resource of the app is healthy: where staff open the app and where the ops team opens
/// the dashboard (with its login token). Until then nothing says "ready", so nobody signs up against half an app; a
/// resource that fails to start, or an app still not ready after a few minutes, is said instead, by name.
/// </summary>
public static class ReadyAnnouncement
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static IResourceBuilder<ProjectResource> AnnounceWhenReady(this IResourceBuilder<ProjectResource> gateway)
    {
        var builder = gateway.ApplicationBuilder;
        if (builder.ExecutionContext.IsRunMode)
        {
            builder.Services.AddSingleton<IHostedService>(services => new Announcer(services, builder.Configuration, gateway.Resource));
        }

        return gateway;
    }

    private sealed class Announcer(IServiceProvider services, IConfiguration configuration, ProjectResource gateway) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var model = services.GetRequiredService<DistributedApplicationModel>();
            var notifications = services.GetRequiredService<ResourceNotificationService>();
            var names = model.Resources.Where(StartsWithTheApp).Select(r => r.Name).ToList();
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            patience.CancelAfter(Patience);
            try
            {
                await Task.WhenAll(names.Select(name =>
                    notifications.WaitForResourceHealthyAsync(name, WaitBehavior.StopOnResourceUnavailable, patience.Token)));
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                var waiting = names.Where(name => !IsHealthy(notifications, name));
                Say($"ClinicOps is not ready after {Patience.TotalMinutes:0} minutes; still waiting for: {string.Join(", ", waiting)}. " +
                    "Open the dashboard to read their logs" + DashboardSuffix());
                return;
            }
            catch (DistributedApplicationException e)
            {
                Say($"ClinicOps could not start: {e.Message} Open the dashboard to read the resource's log" + DashboardSuffix());
                return;
            }

            var gatewayUrl = gateway.GetEndpoint("http").Url;
            Say($"ClinicOps is ready: staff web app and API at {gatewayUrl} (API reference: {gatewayUrl}/api-reference)" + DashboardSuffix());
        }

        private string DashboardSuffix()
        {
            var url = configuration["ASPNETCORE_URLS"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            var token = configuration["AppHost:BrowserToken"];
            return url is null || string.IsNullOrEmpty(token) ? "." : $" · Aspire dashboard: {url.TrimEnd('/')}/login?t={token}";
        }

        private static bool IsHealthy(ResourceNotificationService notifications, string name) =>
            notifications.TryGetCurrentState(name, out var state) && state.Snapshot.HealthStatus == HealthStatus.Healthy;

        private static bool StartsWithTheApp(IResource resource) =>
            resource is not ParameterResource and not ConnectionStringResource
            && !resource.HasAnnotationOfType<ExplicitStartupAnnotation>()
            && resource.Name != "aspire-dashboard";

        private static void Say(string line)
        {
            Console.WriteLine();
            Console.WriteLine(line);
            Console.WriteLine();
        }
    }
}
