using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Identity.Model;

/// <summary>
/// One link of a refresh-token chain (a "family": one sign-in and its rotations). Only the SHA-256 hash of the
/// token is stored. A token is usable once: rotating it revokes it and points <see cref="ReplacedById"/> at its
/// successor, so presenting it again is recognisably a replay.
/// </summary>
public sealed class RefreshToken : ITenantOwned
{
    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public Guid UserId { get; private set; }
    public Guid FamilyId { get; private set; }
    public byte[] TokenHash { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public Guid? ReplacedById { get; private set; }
    /// <summary>PostgreSQL xmin: two concurrent rotations of one token cannot both succeed.</summary>
    public uint RowVersion { get; private set; }

    private RefreshToken()
    {
    }

    public RefreshToken(Guid userId, Guid familyId, byte[] tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        UserId = userId;
        FamilyId = familyId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Revoked because a newer token replaced it: presenting it again means someone replayed it.</summary>
    public bool WasRotated => ReplacedById is not null;

    public bool IsExpired(DateTimeOffset now) => ExpiresAt <= now;

    public void RotateTo(RefreshToken successor, DateTimeOffset now)
    {
        RevokedAt = now;
        ReplacedById = successor.Id;
    }
}
