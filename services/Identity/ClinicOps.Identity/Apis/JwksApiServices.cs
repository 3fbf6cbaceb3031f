using ClinicOps.Identity.Services;

namespace ClinicOps.Identity.Apis;

public sealed record JwksApiServices(SigningKey Key, CancellationToken CancellationToken);
