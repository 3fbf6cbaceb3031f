namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>
/// Checks every answer a Security test gets, whatever the test asserts besides: no 5xx (bad input never breaks a
/// service) and no stack trace in the body. Records the answer when a log is attached.
/// </summary>
public sealed class GuardedHandler(HttpMessageHandler inner, ExchangeLog? log) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        log?.Add(request, response, body);

        var what = $"{request.Method} {request.RequestUri?.PathAndQuery}";
        if ((int)response.StatusCode >= 500)
        {
            Assert.Fail($"{what} answered {(int)response.StatusCode} {response.StatusCode}; no request may answer 5xx.{Environment.NewLine}{body}");
        }

        if (StackTraces.InResponse(body) is { } trace)
        {
            Assert.Fail($"{what} answered {(int)response.StatusCode} with a stack trace in its body:{Environment.NewLine}{trace}");
        }

        return response;
    }
}
