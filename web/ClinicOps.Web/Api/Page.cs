using System.Text.Json.Serialization;

namespace ClinicOps.Web.Api;

/// <summary>One page of a list: `{ items, page, pageSize, totalCount }`.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, [property: JsonPropertyName("page")] int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => PageSize <= 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
