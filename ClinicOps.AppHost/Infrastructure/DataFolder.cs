namespace ClinicOps.AppHost.Infrastructure;

/// <summary>Where each part of the app's state lives inside its data folder (<see cref="AppDataDirectory"/>).</summary>
public static class DataFolder
{
    /// <summary>The PostgreSQL cluster (PGDATA) with every service's database.</summary>
    public const string PostgresCluster = "postgres";

    /// <summary>The password of the cluster's superuser, set by initdb on first run.</summary>
    public const string PostgresPassword = "postgres-password";

    /// <summary>The private key identity signs access tokens with (PEM), in a folder of its own.</summary>
    public const string SigningKey = "jwt/signing-key.pem";

    /// <summary>RabbitMQ's node data (queues and messages in flight).</summary>
    public const string RabbitMq = "rabbitmq";
}
