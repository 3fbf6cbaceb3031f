namespace ClinicOps.Billing.Tests.Infrastructure;

/// <summary>Counts the requests billing sends to another service (the real one, in-process, answers them).</summary>
public sealed class CountingHandler(RequestLog log, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        log.Record(request);
        return base.SendAsync(request, cancellationToken);
    }
}
