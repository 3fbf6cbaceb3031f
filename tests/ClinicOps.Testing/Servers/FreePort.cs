using System.Net;
using System.Net.Sockets;

namespace ClinicOps.Testing.Servers;

public static class FreePort
{
    /// <summary>
    /// A port the OS just handed out. Another process could take it before the server binds it, so callers
    /// retry a failed first start with fresh ports.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
