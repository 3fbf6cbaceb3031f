using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Scheduling.Apis;

/// <summary>Answers about one record that carry its version as `ETag`, for the client's next `If-Match`.</summary>
internal static class VersionedResults
{
    /// <summary>Sets `ETag` to the row version.</summary>
    public static void SetETag(this HttpResponse response, uint rowVersion) => response.Headers.ETag = ETags.Format(rowVersion);

    /// <summary>200 with <paramref name="record"/> as <paramref name="toBody"/> shows it.</summary>
    public static Ok<TBody> Ok<TRecord, TBody>(HttpResponse response, TRecord record, Func<TRecord, TBody> toBody) where TRecord : IVersioned
    {
        response.SetETag(record.RowVersion);
        return TypedResults.Ok(toBody(record));
    }

    /// <summary>201 with <paramref name="record"/>, located at <paramref name="collection"/>/{id}.</summary>
    public static Created<TBody> Created<TRecord, TBody>(HttpResponse response, string collection, TRecord record, Func<TRecord, TBody> toBody)
        where TRecord : IVersioned
    {
        response.SetETag(record.RowVersion);
        return TypedResults.Created($"{collection}/{record.Id}", toBody(record));
    }
}
