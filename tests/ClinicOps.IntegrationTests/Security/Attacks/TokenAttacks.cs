using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Forged, expired and missing tokens, each naming the victim clinic and its owner, trying to write into it: 401.</summary>
public static class TokenAttacks
{
    public static IEnumerable<AttackCase> Cases =>
    [
        Forged("token with alg none", ForgedTokens.AlgNone),
        Forged("token signed with another key", ForgedTokens.SignedWithAnotherKey),
        Forged("token HS256-signed with the public key", ForgedTokens.HmacWithThePublicKey),
        Forged("expired token", ForgedTokens.Expired),
        Forged("token whose clinic_id was edited", (clinic, user) => ForgedTokens.WithEditedClinic(clinic, user)),
        Forged("token for another audience", ForgedTokens.ForAnotherAudience),
        Forged("token from another issuer", ForgedTokens.FromAnotherIssuer),
        Forged("token that is not a JWT", (_, _) => "not-a-jwt"),
        new("no token on DELETE of a doctor", t => Json(t.Anonymous, "DELETE", $"/api/doctors/{t.Clinic.DoctorId}"), [Unauthorized]),
    ];

    private static AttackCase Forged(string name, Func<Guid, Guid, string> forge) => new(
        name,
        t => Json(t.As(forge(t.Clinic.ClinicId, t.Clinic.OwnerId)), "POST", "/api/patients", ValidPatient()),
        [Unauthorized]);
}
