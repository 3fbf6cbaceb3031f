using System.Collections.Concurrent;
using System.Diagnostics;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>
/// The SQL commands the service runs for one request. The request carries its own trace (traceparent); ASP.NET Core
/// continues it and Npgsql records each command as an activity of that trace, so other tests' commands never count.
/// Npgsql also records opening a physical connection ("CONNECT"), which happens when the pool has no idle one to lend:
/// that is not a command and is left out.
/// </summary>
public sealed class SqlCommands : IDisposable
{
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<string>> _byTrace = new();
    private readonly ActivityListener _listener;

    public SqlCommands()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is { } sql)
                {
                    _byTrace.GetOrAdd(activity.TraceId, _ => new ConcurrentQueue<string>()).Enqueue(sql.ToString()!);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>GETs <paramref name="path"/> and answers the response and the SQL run for it.</summary>
    public async Task<(HttpResponseMessage Response, IReadOnlyList<string> Sql)> GetAsync(HttpClient client, string path)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var response = await client.SendAsync(request);
        return (response, _byTrace.TryGetValue(traceId, out var commands) ? [.. commands] : []);
    }

    public void Dispose() => _listener.Dispose();
}
