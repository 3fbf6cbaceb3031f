using Microsoft.Extensions.Options;

namespace ClinicOps.Identity.Services;

/// <summary>bcrypt (BCrypt.Net-Next, the plain API throughout: hashes from HashPassword verify only with Verify).</summary>
public sealed class PasswordHasher
{
    private readonly int _workFactor;
    /// <summary>A hash of a random password nobody knows, made with the current work factor.</summary>
    private readonly string _dummyHash;

    public PasswordHasher(IOptions<IdentitySettings> settings)
    {
        _workFactor = settings.Value.BcryptWorkFactor;
        _dummyHash = Hash(Guid.NewGuid().ToString());
    }

    public string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password, _workFactor);

    public bool Verify(string password, string hash) => BCrypt.Net.BCrypt.Verify(password, hash);

    /// <summary>
    /// Spends the same time as <see cref="Verify"/> against a hash no password matches, so an unknown email
    /// answers as slowly as a wrong password. Always false.
    /// </summary>
    public bool VerifyUnknownUser(string password)
    {
        _ = BCrypt.Net.BCrypt.Verify(password, _dummyHash);
        return false;
    }

    /// <summary>True when the hash was made with a lower work factor than the current one (rehashed at login).</summary>
    public bool NeedsRehash(string hash) => BCrypt.Net.BCrypt.PasswordNeedsRehash(hash, _workFactor);
}
