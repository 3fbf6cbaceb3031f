namespace ClinicOps.AppHost.Infrastructure;

/// <summary>Where each part of the app's state lives inside its data folder (<see cref="AppDataDirectory"/>).</summary>
public static class DataFolder
{
    /// <summary>The PostgreSQL cluster (PGDATA) with every service's database.</summary>
    public const string PostgresCluster = "postgres";

    /// <summary>The password of the cluster's superuser, set by initdb on first run.</summary>
    public const string PostgresPassword = "postgres-password";

    /// <summary>The password of a service's own database role (e.g. scheduling_service), created on first run.</summary>
    public static string DatabaseRolePassword(string database) => $"postgres-{database}-password";

    /// <summary>The private key identity signs access tokens with (PEM), in a folder of its own.</summary>
    public const string SigningKey = "jwt/signing-key.pem";

    /// <summary>RabbitMQ's node data (queues and messages in flight).</summary>
    public const string RabbitMq = "rabbitmq";

    /// <summary>The staff web app's Data Protection keys (its sign-in cookies and antiforgery tokens).</summary>
    public const string WebKeys = "web-keys";
}
