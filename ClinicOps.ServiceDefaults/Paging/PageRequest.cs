using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.ServiceDefaults.Paging;

/// <summary>`?page=&amp;pageSize=` of every list: page from 1, pageSize 1–100 (default 25).</summary>
public sealed record PageRequest(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    /// <summary>The deepest page: (page - 1) × pageSize must fit the int that Skip takes, so no page overflows it.</summary>
    public const int MaxPage = 1_000_000;

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? DefaultPageSize;

    public PageRequest Validate()
    {
        new ValidationErrors()
            .AddIf(PageNumber is < 1 or > MaxPage, "page", $"page must be between 1 and {MaxPage}.")
            .AddIf(Size is < 1 or > MaxPageSize, "pageSize", $"pageSize must be between 1 and {MaxPageSize}.")
            .ThrowIfAny();
        return this;
    }
}
