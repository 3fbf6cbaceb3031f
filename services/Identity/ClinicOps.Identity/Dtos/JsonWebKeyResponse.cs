namespace ClinicOps.Identity.Dtos;

/// <summary>A public EC key as a JWK (RFC 7517/7518).</summary>
public sealed record JsonWebKeyResponse(string Kty, string Crv, string X, string Y, string Kid, string Use, string Alg);
