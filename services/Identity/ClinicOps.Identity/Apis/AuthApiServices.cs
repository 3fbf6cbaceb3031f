using ClinicOps.Identity.Services;

namespace ClinicOps.Identity.Apis;

public sealed record AuthApiServices(AuthService Auth, AccountService Account, CancellationToken CancellationToken);
