namespace ClinicOps.IntegrationTests.Observability;

/// <summary>The services that exported a span of one trace, out of every span received so far (for failure messages).</summary>
public sealed record ServicesSeen(IReadOnlySet<string> Names, int SpansReceived)
{
    public bool Include(IEnumerable<string> services) => services.All(Names.Contains);

    public override string ToString() => $"[{string.Join(", ", Names.Order())}] of {SpansReceived} spans received";
}
