namespace ClinicOps.IntegrationTests.Infrastructure;

/// <summary>The folder of the checkout the tests run from (the one holding ClinicOps.sln), for the repository's own files.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ClinicOps.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ClinicOps.sln above {AppContext.BaseDirectory}.");
    }
}
