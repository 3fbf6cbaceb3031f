using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>400 with field errors, answered as a ValidationProblem.</summary>
public sealed class ValidationException(IDictionary<string, string[]> errors)
    : ProblemException(StatusCodes.Status400BadRequest, "One or more validation errors occurred.",
        "See errors for the fields to correct.")
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public ValidationException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}
