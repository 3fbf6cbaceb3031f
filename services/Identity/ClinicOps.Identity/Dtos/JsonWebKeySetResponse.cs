namespace ClinicOps.Identity.Dtos;

public sealed record JsonWebKeySetResponse(IReadOnlyList<JsonWebKeyResponse> Keys);
