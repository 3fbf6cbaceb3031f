using System.Security.Cryptography;
using System.Text.Json;

namespace ClinicOps.AppHost.Commands;

/// <summary>
/// What a backup folder holds, written last so that a folder without it is an unfinished backup: when it was taken,
/// with which PostgreSQL, how big each database was, and every file with its size and SHA-256, so a damaged or
/// incomplete copy is found before restore touches anything.
/// </summary>
public sealed record BackupManifest(
    string Format,
    DateTimeOffset CreatedAt,
    string PostgresVersion,
    int PostgresMajorVersion,
    IReadOnlyList<BackupManifest.Database> Databases,
    IReadOnlyList<BackupManifest.BackupFile> Files,
    bool SigningKeyIncluded)
{
    public const string FileName = "manifest.json";
    public const string CurrentFormat = "clinicops-backup/1";

    /// <summary>The cluster, as pg_basebackup's tar (WAL included), gzipped.</summary>
    public const string BaseArchive = "postgres/base.tar.gz";

    /// <summary>The signing key and the cluster's password, each 0600.</summary>
    public const string SecretsFolder = "secrets";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public sealed record Database(string Name, long Bytes);

    public sealed record BackupFile(string Path, long Bytes, string Sha256);

    public static BackupFile Describe(string backupDirectory, string relativePath)
    {
        var path = System.IO.Path.Combine(backupDirectory, relativePath);
        using var stream = File.OpenRead(path);
        return new BackupFile(relativePath, stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    public void Write(string backupDirectory) =>
        File.WriteAllText(System.IO.Path.Combine(backupDirectory, FileName), JsonSerializer.Serialize(this, Json));

    /// <summary>Reads the manifest and checks every file it lists; any difference is a <see cref="BadBackupException"/>.</summary>
    public static BackupManifest ReadVerified(string backupDirectory)
    {
        if (!Directory.Exists(backupDirectory))
        {
            throw new BadBackupException($"There is no backup at {backupDirectory} (no such folder).");
        }

        var path = System.IO.Path.Combine(backupDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new BadBackupException($"{backupDirectory} is not a complete ClinicOps backup: it has no {FileName}.");
        }

        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new BadBackupException($"{path} is damaged: {e.Message}");
        }

        if (manifest is null || manifest.Format != CurrentFormat || manifest.Files is null)
        {
            throw new BadBackupException($"{path} is not a manifest this version can read (expected format {CurrentFormat}).");
        }

        foreach (var expected in manifest.Files)
        {
            var file = System.IO.Path.Combine(backupDirectory, expected.Path);
            if (!File.Exists(file))
            {
                throw new BadBackupException($"The backup is incomplete: {expected.Path} is missing.");
            }

            var actual = Describe(backupDirectory, expected.Path);
            if (actual.Bytes != expected.Bytes || actual.Sha256 != expected.Sha256)
            {
                throw new BadBackupException($"The backup is damaged: {expected.Path} is not the file that was backed up " +
                    $"({actual.Bytes} bytes, SHA-256 {actual.Sha256[..12]}…; expected {expected.Bytes} bytes, {expected.Sha256[..12]}…).");
            }
        }

        return manifest;
    }
}
