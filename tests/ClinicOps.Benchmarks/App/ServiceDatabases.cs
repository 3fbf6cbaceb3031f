using Npgsql;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// One open connection to each service's database, kept for a series of reads (polling for drained outboxes), so the
/// polls do not start a PostgreSQL backend each time: that CPU would count as the app's.
/// </summary>
public sealed class ServiceDatabases : IAsyncDisposable
{
    private readonly List<(string Database, NpgsqlConnection Connection)> _connections = [];

    public IReadOnlyList<(string Database, NpgsqlConnection Connection)> Connections => _connections;

    public static async Task<ServiceDatabases> OpenAsync(BenchApp app, CancellationToken cancellationToken)
    {
        var databases = new ServiceDatabases();
        try
        {
            foreach (var database in ResourceNames.ServiceDatabases)
            {
                databases._connections.Add((database, await app.OpenDatabaseAsync(database, cancellationToken)));
            }

            return databases;
        }
        catch
        {
            await databases.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, connection) in _connections)
        {
            await connection.DisposeAsync();
        }

        _connections.Clear();
    }
}
