using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// Checks that a folder or file the app trusts with secrets belongs to the user running the app and that no other user
/// can change it: another local user who could plant a signing key there could mint tokens for any clinic.
/// The BCL has no API for a file's owner, so it is read with coreutils' <c>stat</c> (present on every Debian machine).
/// </summary>
public static partial class PrivatePath
{
    private const UnixFileMode WritableByOthers = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
    private const UnixFileMode ReadableByOthers = UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>The effective user id of this process.</summary>
    public static uint CurrentUserId => OperatingSystem.IsWindows() ? 0 : geteuid();

    /// <summary>
    /// Creates <paramref name="path"/> with <paramref name="mode"/> when it does not exist; otherwise checks that it is a
    /// real folder (not a symlink) owned by this user and writable by nobody else, and sets <paramref name="mode"/>.
    /// </summary>
    public static string EnsureDirectory(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return path;
        }

        if (!Path.Exists(path))
        {
            var parent = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(parent))
            {
                Directory.CreateDirectory(parent);
            }

            Directory.CreateDirectory(path, mode);
        }

        var info = new DirectoryInfo(path);
        if (info.LinkTarget is not null || !info.Exists)
        {
            throw Refused(path, "is not a folder (a symbolic link or a file stands there)",
                "remove it after checking who made it, or set ClinicOps:DataDirectory to another folder");
        }

        CheckOwnedAndNotWritableByOthers(path);
        if (File.GetUnixFileMode(path) != mode)
        {
            File.SetUnixFileMode(path, mode);
        }

        return path;
    }

    /// <summary>A secret file must be a regular file of this user that no one else can read or change.</summary>
    public static void CheckSecretFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw Refused(path, "is a symbolic link", "replace it with the real file, or remove it to have a new one made");
        }

        CheckOwnedAndNotWritableByOthers(path);
        if ((File.GetUnixFileMode(path) & ReadableByOthers) != 0)
        {
            throw Refused(path, "can be read by other users", $"run 'chmod 600 {path}' (and treat the secret as leaked)");
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void CheckOwnedAndNotWritableByOthers(string path)
    {
        var owner = OwnerOf(path);
        if (owner != CurrentUserId)
        {
            throw Refused(path, $"belongs to another user (uid {owner}; this app runs as uid {CurrentUserId})",
                "check who made it and why; use a folder of your own (ClinicOps:DataDirectory)");
        }

        if ((File.GetUnixFileMode(path) & WritableByOthers) != 0)
        {
            throw Refused(path, "can be changed by other users", $"check its contents, then run 'chmod go-w {path}'");
        }
    }

    private static uint OwnerOf(string path)
    {
        var startInfo = new ProcessStartInfo("stat", ["--format=%u", "--", path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var stat = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not run 'stat'.");
        var output = stat.StandardOutput.ReadToEnd();
        var error = stat.StandardError.ReadToEnd();
        stat.WaitForExit();
        return stat.ExitCode == 0 && uint.TryParse(output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var uid)
            ? uid
            : throw new InvalidOperationException($"Could not read the owner of {path}: {error.Trim()}");
    }

    private static UnsafeDataPathException Refused(string path, string problem, string fix) =>
        new($"ClinicOps will not use {path}: it {problem}. The app keeps its signing key and database passwords in its data " +
            $"folder, so only the user running the app may change it. To fix: {fix}.");

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
