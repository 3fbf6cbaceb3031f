using ClinicOps.IntegrationTests.Infrastructure;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

public static class SignUps
{
    /// <summary>
    /// The fixture's sign-up, sent again (with a new email) when identity ran out of time (its own 10 s deadline, 503,
    /// or the gateway's 15 s, 504): on a starved machine, hashing at bcrypt work factor 12 can take that long. Set-up
    /// only — the attacks and the matrix still fail on any 5xx they get.
    /// </summary>
    public static async Task<SignedUpClinic> SignUpAsync(WholeAppFixture app, string? clinicName = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await app.SignUpClinicAsync(clinicName);
            }
            catch (InvalidOperationException e) when (attempt < 6 && (e.Message.Contains("answered 503", StringComparison.Ordinal)
                || e.Message.Contains("answered 504", StringComparison.Ordinal)))
            {
                // Retry below.
            }
        }
    }
}
