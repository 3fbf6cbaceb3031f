using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.ServiceDefaults.Paging;

public static class PagingExtensions
{
    /// <summary>One page of an ordered query plus the total count. The query must already be ordered.</summary>
    public static Task<PagedResult<T>> ToPagedResultAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken ct) =>
        query.ToPagedResultAsync(request, item => item, ct);

    public static async Task<PagedResult<TResult>> ToPagedResultAsync<T, TResult>(this IQueryable<T> query, PageRequest request,
        Expression<Func<T, TResult>> projection, CancellationToken ct)
    {
        request.Validate();
        var total = await query.CountAsync(ct);
        var items = await query.Skip((request.PageNumber - 1) * request.Size).Take(request.Size).Select(projection).ToListAsync(ct);
        return new PagedResult<TResult>(items, request.PageNumber, request.Size, total);
    }
}
