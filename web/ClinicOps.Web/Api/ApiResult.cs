using System.Diagnostics.CodeAnalysis;

namespace ClinicOps.Web.Api;

/// <summary>The API's answer: a value (with its ETag when the API sent one) or a problem, never both.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem, string? ETag = null)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null && Value is not null;

    public static implicit operator ApiResult<T>(ApiProblem problem) => new(default, problem);
}
