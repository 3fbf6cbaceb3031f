using ClinicOps.Identity.Services;

namespace ClinicOps.Identity.Apis;

public sealed record ClinicApiServices(SignUpService SignUp, ClinicService Clinics, CancellationToken CancellationToken);
