using ClinicOps.Contracts.Scheduling;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Analytics.Model;

/// <summary>One doctor's figures, maintained like <see cref="ClinicCounters"/>.</summary>
public sealed class DoctorCounters : ITenantOwned
{
    public Guid ClinicId { get; set; }
    public Guid DoctorId { get; private set; }
    public int TotalAppointments { get; private set; }
    public int CompletedAppointments { get; private set; }
    public int NoShowAppointments { get; private set; }
    public decimal Revenue { get; private set; }

    public static DoctorCounters Create(Guid clinicId, Guid doctorId) => new() { ClinicId = clinicId, DoctorId = doctorId };

    public void Count(AppointmentFact fact, int sign)
    {
        if (!fact.Counts)
        {
            return;
        }

        TotalAppointments += sign;
        if (fact.Status == AppointmentStatuses.Completed)
        {
            CompletedAppointments += sign;
        }
        else if (fact.Status == AppointmentStatuses.NoShow)
        {
            NoShowAppointments += sign;
        }
    }

    public void Count(PaymentFact fact, int sign) => Revenue += sign * fact.NetRevenue;
}
