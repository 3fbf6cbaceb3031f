namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// The files and environment a private RabbitMQ node needs: its own HOME (Erlang cookie), node name, data and log
/// folders, an enabled-plugins file and config files of its own (so nothing under /etc/rabbitmq applies), and a
/// broker started directly in the foreground (RABBITMQ_ALLOW_INPUT makes the start script exec the Erlang VM
/// instead of waiting on it, so the orchestrator stops the broker itself; -noinput keeps the shell off).
/// </summary>
public static class RabbitMqNode
{
    public static IReadOnlyDictionary<string, string> Prepare(string home)
    {
        var mnesia = Directory.CreateDirectory(Path.Combine(home, "mnesia")).FullName;
        var logs = Directory.CreateDirectory(Path.Combine(home, "log")).FullName;
        var plugins = WriteOnce(Path.Combine(home, "enabled_plugins"), "[].\n");
        var config = WriteOnce(Path.Combine(home, "rabbitmq.conf"), "# ClinicOps development node: defaults, logs to the console.\n");
        var envConfig = WriteOnce(Path.Combine(home, "rabbitmq-env.conf"), "");

        return new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["RABBITMQ_NODENAME"] = "clinicops@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = mnesia,
            ["RABBITMQ_LOG_BASE"] = logs,
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins,
            ["RABBITMQ_CONFIG_FILE"] = config,
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(home, "advanced.config"),
            ["RABBITMQ_CONF_ENV_FILE"] = envConfig,
            ["RABBITMQ_ALLOW_INPUT"] = "true",
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-noinput -start_epmd false -kernel inet_dist_use_interface {127,0,0,1}",
        };
    }

    private static string WriteOnce(string path, string content)
    {
        if (!File.Exists(path))
        {
            File.WriteAllText(path, content);
        }

        return path;
    }
}
