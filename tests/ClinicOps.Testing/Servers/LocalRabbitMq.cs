using System.Globalization;

namespace ClinicOps.Testing.Servers;

/// <summary>
/// RabbitMQ from the machine's own binaries (Debian package "rabbitmq-server"), with its own epmd, node name,
/// ports and directories, so several test processes on one machine never meet. guest/guest is allowed on
/// loopback only, which is all a test needs.
/// </summary>
internal sealed class LocalRabbitMq : ITestServer
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private static readonly string[] EpmdCandidates = ["/usr/bin/epmd", "/usr/lib/erlang/bin/epmd"];
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    private readonly string _root;
    private readonly int _port = FreePort.Next();
    private readonly int _distributionPort = FreePort.Next();
    private readonly int _epmdPort = FreePort.Next();
    private readonly string _nodeName = $"rabbit-{Guid.NewGuid():N}@localhost";
    private ServerProcess? _epmd;
    private ServerProcess? _broker;

    private LocalRabbitMq(string root) => _root = root;

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{_port}/";

    public static async Task<LocalRabbitMq> StartNewAsync(string parentDirectory, CancellationToken cancellationToken)
    {
        if (!File.Exists(ServerScript))
        {
            throw new ServerStartException(
                $"{ServerScript} not found and no Docker engine answers. Install the Debian package: apt-get install -y rabbitmq-server");
        }

        var root = Path.Combine(parentDirectory, $"rabbitmq-{Guid.NewGuid():N}");
        foreach (var directory in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Path.Combine(root, directory));
        }

        // Private, empty plugin and env files so the machine's /etc/rabbitmq settings never leak in.
        await File.WriteAllTextAsync(Path.Combine(root, "enabled_plugins"), "[].", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(root, "rabbitmq-env.conf"), "", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(root, "rabbitmq.conf"), "loopback_users.guest = true\n", cancellationToken);

        var server = new LocalRabbitMq(root);
        try
        {
            await server.StartEpmdAsync(cancellationToken);
            await server.StartAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _broker = ServerProcess.Start([ServerScript], _root, Environment());
        await Readiness.WaitAsync(_broker, $"RabbitMQ on port {_port}", StartDeadline,
            ct => Probes.RabbitMqHandshakesAsync(ConnectionString, ct), cancellationToken);
    }

    /// <summary>An abrupt stop (SIGKILL to the whole group), like a crashed broker; the node restarts on the same port and data.</summary>
    public Task StopAsync() => _broker?.StopAsync(signal: null, TimeSpan.Zero) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _broker?.Kill();
        _epmd?.Kill();
        await Task.CompletedTask;
    }

    private async Task StartEpmdAsync(CancellationToken cancellationToken)
    {
        var epmd = EpmdCandidates.FirstOrDefault(File.Exists) ?? throw new ServerStartException(
            "epmd not found (it comes with Erlang). Install the Debian package: apt-get install -y rabbitmq-server");
        _epmd = ServerProcess.Start([epmd, "-port", Invariant(_epmdPort), "-address", "127.0.0.1"], _root);
        await Readiness.WaitAsync(_epmd, $"epmd on port {_epmdPort}", TimeSpan.FromSeconds(15),
            ct => Probes.TcpListensAsync(_epmdPort, ct), cancellationToken);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["HOME"] = Path.Combine(_root, "home"), // the Erlang cookie lives here
        ["RABBITMQ_NODENAME"] = _nodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Invariant(_port),
        ["RABBITMQ_DIST_PORT"] = Invariant(_distributionPort),
        ["ERL_EPMD_PORT"] = Invariant(_epmdPort),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_root, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(_root, "log"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_root, "enabled_plugins"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_root, "rabbitmq-env.conf"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_root, "rabbitmq.conf"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(_root, "advanced.config"),
    };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
