using System.Net.Sockets;
using ClinicOps.ServiceDefaults.Problems;
using Yarp.ReverseProxy.Forwarder;

namespace ClinicOps.Gateway.Readiness;

/// <summary>
/// A request for a service that is starting, restarting or failing its health probe gets a fast 503 ProblemDetails
/// with Retry-After — a client can wait and try again — instead of a bare 502 or a 504 after a long wait.
/// </summary>
public static class UnavailableServiceAnswer
{
    public const int RetryAfterSeconds = 5;

    public static async Task WriteIfUnavailableAsync(HttpContext context, Func<Task> next)
    {
        await next();
        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is null || context.Response.HasStarted || !MeansUnavailable(error))
        {
            return;
        }

        var service = context.GetReverseProxyFeature().Cluster.Config.ClusterId;
        await ProblemWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Service unavailable",
            $"The {service} service is starting or restarting. Try again in {RetryAfterSeconds} seconds.", RetryAfterSeconds);
    }

    private static bool MeansUnavailable(IForwarderErrorFeature error) =>
        error.Error == ForwarderError.NoAvailableDestinations
        || (error.Error == ForwarderError.Request && FindSocketError(error.Exception) is SocketError.ConnectionRefused or SocketError.ConnectionReset);

    private static SocketError? FindSocketError(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }
}
