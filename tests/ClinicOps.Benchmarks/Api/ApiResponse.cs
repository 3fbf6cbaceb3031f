namespace ClinicOps.Benchmarks.Api;

/// <summary>An answer: its status (0 when no answer came), its parsed body on success, its text otherwise.</summary>
public readonly record struct ApiResponse<T>(int Status, T? Value, string? Problem)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The body of a successful answer, or an exception that says what came instead.</summary>
    public T Require(string what) => IsSuccess && Value is not null
        ? Value
        : throw new InvalidOperationException($"{what} answered {Status}: {Problem}");
}
