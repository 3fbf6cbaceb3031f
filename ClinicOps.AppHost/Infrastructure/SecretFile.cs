using System.Security.Cryptography;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// A secret kept in a file only its owner can read: created on first use (never following a symbolic link and never
/// replacing a file that appeared meanwhile), checked on every later read (<see cref="PrivatePath.CheckSecretFile"/>).
/// </summary>
public static class SecretFile
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static string ReadOrCreate(string path, int length = 32) =>
        ReadOrCreate(path, () => RandomNumberGenerator.GetString(Alphabet, length));

    /// <summary>The file's trimmed content; when there is no file yet, <paramref name="create"/>'s value, written first.</summary>
    public static string ReadOrCreate(string path, Func<string> create)
    {
        if (!Path.Exists(path) && TryCreate(path, create()))
        {
            return File.ReadAllText(path).Trim();
        }

        PrivatePath.CheckSecretFile(path);
        return File.ReadAllText(path).Trim();
    }

    /// <summary>
    /// Writes <paramref name="content"/> to a new file at <paramref name="path"/>: false when a file (or link) already
    /// stands there. The content goes to a fresh temp file first (O_EXCL, 0600) and is then moved in without replacing
    /// anything, so a reader never sees half a secret and a planted file is never overwritten.
    /// </summary>
    public static bool TryCreate(string path, string content)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }

        try
        {
            using (var stream = new FileStream(temp, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(content);
            }

            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (Path.Exists(path))
        {
            return false;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Replaces a secret this user owns (restore): the old file is checked first, then swapped atomically.</summary>
    public static void Replace(string path, string content)
    {
        if (Path.Exists(path))
        {
            PrivatePath.CheckSecretFile(path);
        }

        var staged = path + ".restored";
        File.Delete(staged);
        if (!TryCreate(staged, content))
        {
            throw new IOException($"Could not stage {staged}.");
        }

        File.Move(staged, path, overwrite: true);
    }
}
