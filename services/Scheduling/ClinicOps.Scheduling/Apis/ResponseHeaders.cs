using ClinicOps.ServiceDefaults.Http;

namespace ClinicOps.Scheduling.Apis;

internal static class ResponseHeaders
{
    /// <summary>Sets `ETag` to the row version, for a later `If-Match`.</summary>
    public static void SetETag(this HttpResponse response, uint rowVersion) => response.Headers.ETag = ETags.Format(rowVersion);
}
