namespace ClinicOps.Identity.Dtos;

public sealed record JsonWebKeySetDto(IReadOnlyList<JsonWebKeyDto> Keys);
