using System.Diagnostics;
using ClinicOps.AppHost.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace ClinicOps.IntegrationTests.Operations;

/// <summary>
/// The app's data folder holds the token signing key: another local user who could plant or swap it could mint tokens
/// for any clinic. So the folder and its secrets must be the running user's own, and no one else may change them.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("clinicops-datafolder-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_new_data_folder_is_created_private_to_the_user_running_the_app()
    {
        var folder = Resolve(Path.Combine(root, "new", "data"));

        var mode = File.GetUnixFileMode(folder);
        Assert.Equal((UnixFileMode)0, mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite));
    }

    [Fact]
    public void A_data_folder_other_users_can_write_is_refused()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "shared")).FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);

        var refusal = Assert.Throws<UnsafeDataPathException>(() => Resolve(folder));

        Assert.Contains("can be changed by other users", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_folder_owned_by_another_user_is_refused()
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "theirs")).FullName;
        if (PrivatePath.CurrentUserId == 0)
        {
            Run("chown", "nobody", folder);
        }
        else
        {
            folder = "/"; // root's: another user's for anyone else
        }

        var refusal = Assert.Throws<UnsafeDataPathException>(() => Resolve(folder));

        Assert.Contains("belongs to another user", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signing_key_planted_as_a_symbolic_link_is_refused()
    {
        var folder = Resolve(Path.Combine(root, "data"));
        var planted = Path.Combine(root, "attackers-key.pem");
        File.WriteAllText(planted, "-----BEGIN PRIVATE KEY-----");
        var key = Path.Combine(folder, DataFolder.SigningKey);
        Directory.CreateDirectory(Path.GetDirectoryName(key)!);
        File.CreateSymbolicLink(key, planted);

        var refusal = Assert.Throws<UnsafeDataPathException>(() => JwtKeys.LoadOrCreate(key));

        Assert.Contains("symbolic link", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signing_key_other_users_can_change_is_refused()
    {
        var key = Path.Combine(Resolve(Path.Combine(root, "data")), "signing-key.pem");
        JwtKeys.LoadOrCreate(key);
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherWrite);

        Assert.Throws<UnsafeDataPathException>(() => JwtKeys.LoadOrCreate(key));
    }

    [Fact]
    public void A_signing_key_owned_by_another_user_is_refused()
    {
        var key = Path.Combine(Resolve(Path.Combine(root, "data")), "signing-key.pem");
        JwtKeys.LoadOrCreate(key);
        if (PrivatePath.CurrentUserId == 0)
        {
            Run("chown", "nobody", key);
        }
        else
        {
            key = "/etc/hostname"; // root's: another user's for anyone else
        }

        var refusal = Assert.Throws<UnsafeDataPathException>(() => JwtKeys.LoadOrCreate(key));
        Assert.Contains("belongs to another user", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_secret_is_created_readable_by_its_owner_only_and_never_replaces_a_file_that_appeared_meanwhile()
    {
        var folder = Resolve(Path.Combine(root, "data"));
        var secret = Path.Combine(folder, "secret");

        Assert.True(SecretFile.TryCreate(secret, "first"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secret));
        Assert.False(SecretFile.TryCreate(secret, "second"));
        Assert.Equal("first", File.ReadAllText(secret));

        var link = Path.Combine(folder, "link");
        var target = Path.Combine(root, "target");
        File.WriteAllText(target, "untouched");
        File.CreateSymbolicLink(link, target);
        Assert.False(SecretFile.TryCreate(link, "written through the link"));
        Assert.Equal("untouched", File.ReadAllText(target));
    }

    private static string Resolve(string configured) => AppDataDirectory.Resolve(
        new ConfigurationBuilder().AddInMemoryCollection([new(AppDataDirectory.ConfigurationKey, configured)]).Build(), "/unused");

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(command, arguments);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
