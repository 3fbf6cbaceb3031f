using System.Net;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;

namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// One row of <see cref="OperationCases"/>: a representative request of an operation of the merged OpenAPI document,
/// the status it must get (a success, or one error the operation documents), and how it is sent on the prepared clinic.
/// </summary>
public sealed record OperationCase(string OperationId, HttpStatusCode Expected, Func<OperationScene, Task<Answer>> Send)
{
    public bool IsSuccess => (int)Expected < 400;

    public override string ToString() => $"{OperationId} → {(int)Expected}";
}
