using ClinicOps.Analytics.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Analytics.Apis;

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit")
            .WithTag("Audit", "Who changed what through the API, from every service; owners only.")
            .RequireAuthorization(Policies.Owner)
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
        api.MapGet("", ListAuditEntries)
            .WithSummary("List the audit trail")
            .WithDescription("Owner only: a page of the clinic's changes made through the API, newest first — who (user and role), when, the entity, its id, the action (created, updated, deleted), the names of the fields changed (never their values) and the request id (`X-Request-Id`). Filtered by entity type and id, user and time (`from` inclusive, `to` exclusive). Entries cannot be changed or deleted.")
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Ok<PagedResult<AuditEntryResponse>>> ListAuditEntries([AsParameters] AuditFilter filter,
        [AsParameters] PageRequest page, [AsParameters] AuditApiServices services) =>
        TypedResults.Ok(await services.Queries.ListAsync(filter, page, services.CancellationToken));
}
