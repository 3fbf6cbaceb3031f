using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Model;

namespace ClinicOps.Identity.Services;

/// <summary>The tokens handed to the client, and the stored (hashed) refresh token behind them.</summary>
public sealed record IssuedSession(AuthResponse Response, RefreshToken StoredRefreshToken);
