using System.Security.Cryptography;
using ClinicOps.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;

namespace ClinicOps.Identity.Services;

/// <summary>
/// Fails start-up when identity cannot sign, or signs with a key whose public half the services would not accept
/// (a <c>Jwt:PublicKey</c> that does not belong to <c>Jwt:PrivateKey</c>).
/// </summary>
public sealed class JwtSigningSettingsValidator : IValidateOptions<JwtSettings>
{
    public ValidateOptionsResult Validate(string? name, JwtSettings options)
    {
        ECDsa privateKey;
        try
        {
            privateKey = SigningKey.Import(options.PrivateKey);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or CryptographicException)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }

        using (privateKey)
        {
            if (string.IsNullOrWhiteSpace(options.PublicKey))
            {
                return ValidateOptionsResult.Success;
            }

            using var publicKey = options.CreateValidationKey();
            var signingPoint = privateKey.ExportParameters(false).Q;
            var validationPoint = publicKey.ExportParameters(false).Q;
            return signingPoint.X.AsSpan().SequenceEqual(validationPoint.X) && signingPoint.Y.AsSpan().SequenceEqual(validationPoint.Y)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Jwt:PublicKey is not the public half of Jwt:PrivateKey: tokens identity signs would be refused.");
        }
    }
}
