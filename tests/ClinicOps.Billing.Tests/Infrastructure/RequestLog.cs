using System.Collections.Concurrent;

namespace ClinicOps.Billing.Tests.Infrastructure;

public sealed class RequestLog
{
    private readonly ConcurrentQueue<(string Path, string? Authorization)> _requests = new();

    public void Record(HttpRequestMessage request) =>
        _requests.Enqueue((request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString()));

    public IReadOnlyList<(string Path, string? Authorization)> To(string path) => [.. _requests.Where(r => r.Path == path)];
}
