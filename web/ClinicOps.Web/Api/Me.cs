using ClinicOps.Web.Auth;

namespace ClinicOps.Web.Api;

/// <summary>GET /api/me: who is signed in, with their current role, and their clinic.</summary>
public sealed record Me(SessionUser User, CurrentClinic Clinic);
