using ClinicOps.Identity.Services;

namespace ClinicOps.Identity.Apis;

public sealed record UserApiServices(UserService Users, CancellationToken CancellationToken);
