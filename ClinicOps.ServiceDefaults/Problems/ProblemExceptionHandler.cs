using System.Net.Sockets;
using System.Text.Json;
using ClinicOps.ServiceDefaults.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>
/// The one place that turns exceptions into ProblemDetails: domain problems, bad bodies, database constraint
/// violations and outages. Nothing here ever puts an exception's stack trace into a response.
/// </summary>
public sealed class ProblemExceptionHandler(IOptions<ConstraintMessages> constraints, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return true; // the client went away; there is nobody to answer
        }

        var (status, title, detail, errors) = Describe(context, exception);
        if (status >= 500)
        {
            logger.LogError(exception, "Request {Method} {Path} failed with {Status}", context.Request.Method, context.Request.Path, status);
        }
        else
        {
            logger.LogDebug("Request {Method} {Path} answered {Status}: {Detail}", context.Request.Method, context.Request.Path, status, detail);
        }

        if (exception is UpstreamRefusedException { StatusCode: StatusCodes.Status401Unauthorized })
        {
            context.Response.Headers.WWWAuthenticate = "Bearer"; // as the token check itself answers
        }

        int? retryAfter = status == StatusCodes.Status503ServiceUnavailable ? 5 : null;
        await ProblemWriter.WriteAsync(context, status, title, detail, retryAfter, errors);
        return true;
    }

    private (int Status, string Title, string Detail, IDictionary<string, string[]>? Errors) Describe(HttpContext context, Exception exception) =>
        exception switch
        {
            ValidationException e => (e.StatusCode, e.Title, e.Message, e.Errors),
            ProblemException e => (e.StatusCode, e.Title, e.Message, null),
            BadHttpRequestException e => (e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Payload too large" : "Bad request",
                DescribeBadRequest(e), null),
            JsonException e => (StatusCodes.Status400BadRequest, "Bad request", DescribeJson(e), null),
            DbUpdateConcurrencyException => context.Request.Headers.IfMatch.Count > 0
                ? (StatusCodes.Status412PreconditionFailed, "Precondition failed", "The record was changed by someone else; reload it and try again.", null)
                : (StatusCodes.Status409Conflict, "Conflict", "The record was changed by someone else; reload it and try again.", null),
            DbUpdateException { InnerException: PostgresException pg } => DescribePostgres(pg),
            PostgresException pg => DescribePostgres(pg),
            _ when IsOutage(exception) => (StatusCodes.Status503ServiceUnavailable, "Service unavailable",
                "A dependency of this service is unavailable; please try again shortly.", null),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error",
                "Something went wrong on our side. It has been logged; please try again.", null),
        };

    private (int, string, string, IDictionary<string, string[]>?) DescribePostgres(PostgresException pg)
    {
        var known = pg.ConstraintName is { } name && constraints.Value.Messages.TryGetValue(name, out var text) ? text : null;
        return pg.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => (409, "Conflict", known ?? "A record with the same values already exists.", null),
            PostgresErrorCodes.ExclusionViolation => (409, "Conflict", known ?? "This overlaps an existing record.", null),
            PostgresErrorCodes.ForeignKeyViolation => (409, "Conflict", known ?? "The record is still referenced or refers to a missing record.", null),
            PostgresErrorCodes.CheckViolation => (400, "Bad request", known ?? $"A value is out of range ({pg.ConstraintName}).", null),
            PostgresErrorCodes.StringDataRightTruncation => (400, "Bad request", "A value is too long.", null),
            PostgresErrorCodes.NumericValueOutOfRange => (400, "Bad request", "A number is out of range.", null),
            _ when pg.IsTransient => (503, "Service unavailable", "The database is unavailable; please try again shortly.", null),
            _ => (500, "Unexpected error", "Something went wrong on our side. It has been logged; please try again.", null),
        };
    }

    private static bool IsOutage(Exception exception) =>
        exception is TimeoutException or SocketException
        || exception is NpgsqlException { IsTransient: true }
        || exception is InvalidOperationException { InnerException: NpgsqlException or TimeoutException }
        || exception.InnerException is { } inner && IsOutage(inner);

    private static string DescribeBadRequest(BadHttpRequestException e) => e.InnerException switch
    {
        JsonException json => DescribeJson(json),
        _ => e.Message,
    };

    private static string DescribeJson(JsonException e) =>
        string.IsNullOrEmpty(e.Path) ? "The request body is not valid JSON." : $"The request body is not valid JSON at '{e.Path}'.";
}
