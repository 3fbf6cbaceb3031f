namespace ClinicOps.IntegrationTests.Security.Isolation;

/// <summary>What a user of clinic B must see when it addresses clinic A's data on a route.</summary>
public enum IsolationExpectation
{
    /// <summary>404 ProblemDetails, exactly like a record that does not exist.</summary>
    NotFound,

    /// <summary>404 ProblemDetails, or 200 with an empty list (a nested list of a record B cannot see).</summary>
    NotFoundOrEmpty,

    /// <summary>200 with a list whose rows are all B's own (none of A's).</summary>
    OnlyOwnRows,

    /// <summary>200 with B's own figures: every number zero, since B has no appointments or payments.</summary>
    OwnZeroFigures,

    /// <summary>2xx acting on B's own record (its clinic, its settings, a user or patient of its own) and showing none of A's data.</summary>
    OwnRecord,

    /// <summary>4xx ProblemDetails: the request names A's record as a reference (A's doctor in a booking, A's email) and is refused.</summary>
    Refused,

    /// <summary>204 for B's logout with A's refresh token, and A's session still works afterwards.</summary>
    OwnSessionOnly,

    /// <summary>204 for a B user signing out everywhere, and A's session still works afterwards.</summary>
    OwnSessionsEndOnly,
}
