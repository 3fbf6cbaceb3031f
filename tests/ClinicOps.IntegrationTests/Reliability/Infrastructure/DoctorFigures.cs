using System.Net;
using System.Text.Json;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>One row of GET /api/dashboard/doctors.</summary>
public sealed record DoctorFigures(Guid DoctorId, int Total, int Upcoming, int Completed, int NoShow, decimal Revenue)
{
    public const string Path = "/api/dashboard/doctors";

    public static DoctorFigures From(JsonElement json) => new(
        json.GetProperty("doctorId").GetGuid(),
        json.GetProperty("total").GetInt32(),
        json.GetProperty("upcoming").GetInt32(),
        json.GetProperty("completed").GetInt32(),
        json.GetProperty("noShow").GetInt32(),
        json.GetProperty("revenue").GetDecimal());

    public static async Task<IReadOnlyList<DoctorFigures>> ReadAsync(HttpClient client) =>
        [.. (await client.ReadAsync(Path)).Expect(HttpStatusCode.OK).Json.EnumerateArray().Select(From)];
}
