using ClinicOps.ServiceDefaults.Http;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Scheduling.Services;

internal static class Preconditions
{
    /// <summary>412 when If-Match names another version than the row's; absent If-Match always passes.</summary>
    public static void EnsureMatches(string? ifMatch, uint rowVersion, string resource)
    {
        if (!ETags.Matches(ifMatch, rowVersion))
        {
            throw new PreconditionFailedException($"The {resource} was changed by someone else; reload it and try again.");
        }
    }
}
