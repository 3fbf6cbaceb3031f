using System.Net;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// One attack on the seeded victim clinic: how it is sent and the 4xx statuses it may get. Unless
/// <see cref="ProblemDetails"/> is false (a request so malformed that the HTTP server refuses it before any application
/// code runs), the answer is RFC 9457 ProblemDetails.
/// </summary>
public sealed record AttackCase(string Name, Func<AttackTarget, Task<AttackAnswer>> Send, IReadOnlyList<HttpStatusCode> Expected, bool ProblemDetails = true)
{
    public override string ToString() => Name;
}
