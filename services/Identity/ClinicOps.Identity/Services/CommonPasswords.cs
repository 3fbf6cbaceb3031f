namespace ClinicOps.Identity.Services;

/// <summary>
/// The passwords most often seen in leaks (Openwall's public-domain list, shipped as an embedded resource),
/// compared case-insensitively.
/// </summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "ClinicOps.Identity.Resources.common-passwords.txt";

    private readonly HashSet<string> _passwords = Load();

    public bool Contains(string password) => _passwords.Contains(password);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
