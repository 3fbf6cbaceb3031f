namespace ClinicOps.Testing.Servers;

internal static class DockerProbe
{
    /// <summary>
    /// True when a Docker engine answers within a few seconds. These machines have the docker client but no
    /// engine, so the answer decides between Testcontainers and the local binaries.
    /// </summary>
    public static bool EngineAnswers()
    {
        var (exitCode, _) = Command.Run(TimeSpan.FromSeconds(5), "docker", "info", "--format", "{{.ServerVersion}}");
        return exitCode == 0;
    }
}
