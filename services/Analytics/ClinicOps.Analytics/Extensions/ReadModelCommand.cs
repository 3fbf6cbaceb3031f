using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Services;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Extensions;

/// <summary>
/// The operator command `dotnet run --project services/Analytics/ClinicOps.Analytics -- rebuild-read-model`
/// (with the same `ConnectionStrings__analytics` the service uses): applies pending migrations, rebuilds the
/// read model from the event log and exits without serving requests or consuming messages.
/// </summary>
public static class ReadModelCommand
{
    public static bool IsRequested(string[] args) => args.Contains(ReadModelRebuilder.Command, StringComparer.Ordinal);

    public static async Task RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();
        await db.Database.MigrateAsync(lifetime.ApplicationStopping);
        var replayed = await scope.ServiceProvider.GetRequiredService<ReadModelRebuilder>().RebuildAsync(lifetime.ApplicationStopping);
        app.Logger.LogInformation("Read model rebuilt from {Events} events", replayed);
    }
}
