using System.Security.Cryptography;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>A random secret kept in a file only its owner can read, created on first use and the same on every later run.</summary>
public static class SecretFile
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static string ReadOrCreate(string path, int length = 32)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var secret = RandomNumberGenerator.GetString(Alphabet, length);
        WritePrivate(path, secret);
        return secret;
    }

    public static void WritePrivate(string path, string content)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, path, overwrite: true);
    }
}
