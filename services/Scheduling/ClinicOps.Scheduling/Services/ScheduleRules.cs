using ClinicOps.Contracts.Identity;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// The rule of bookings and moves: inside the doctor's working hours and outside their time off (422 naming the rule and
/// the hours or time off in the way), unless an owner or receptionist fits in an urgent case with allowOutsideHours. A
/// doctor's allowOutsideHours changes nothing; the 422 then says who may use it (the contract gives these routes no 403).
/// Hours and time off bind new bookings only: a change racing with a booking counts as made just after it.
/// </summary>
public sealed class ScheduleRules(DoctorSchedules schedules, ITenantContext tenant)
{
    public async Task EnsureFitsAsync(Guid doctorId, string doctorName, AppointmentSlot slot, bool? allowOutsideHours, CancellationToken ct)
    {
        var mayOverride = tenant.Role is Roles.Owner or Roles.Receptionist;
        if (allowOutsideHours == true && mayOverride)
        {
            return;
        }

        var range = new TimeRange(slot.StartsAt, slot.EndsAt);
        var schedule = (await schedules.LoadAsync([doctorId], range, ct))[doctorId];
        if (schedule.Check(range, doctorName) is { } breach)
        {
            var who = allowOutsideHours == true
                ? " Only an owner or a receptionist can book outside working hours (allowOutsideHours)."
                : "";
            throw new ScheduleRuleException(breach.Title, breach.Detail + who);
        }
    }
}
