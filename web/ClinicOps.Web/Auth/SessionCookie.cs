namespace ClinicOps.Web.Auth;

public static class SessionCookie
{
    /// <summary>"__Host-" would need HTTPS; the local run is plain HTTP behind the gateway.</summary>
    public const string Name = "clinicops.session";
}
