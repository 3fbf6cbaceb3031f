using ClinicOps.Identity.Model;

namespace ClinicOps.Identity.Dtos;

/// <param name="SlotStepMinutes">The grid on which free slots are offered.</param>
public sealed record ClinicResponse(Guid Id, string Name, string TimeZone, string Currency, int SlotStepMinutes)
{
    public static ClinicResponse From(Clinic clinic) => new(clinic.Id, clinic.Name, clinic.TimeZone, clinic.Currency, clinic.SlotStepMinutes);
}
