using ClinicOps.Identity.Model;

namespace ClinicOps.Identity.Dtos;

public sealed record ClinicDto(Guid Id, string Name, string TimeZone, string Currency)
{
    public static ClinicDto From(Clinic clinic) => new(clinic.Id, clinic.Name, clinic.TimeZone, clinic.Currency);
}
