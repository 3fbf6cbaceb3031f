using ClinicOps.Contracts;
using ClinicOps.Contracts.Scheduling;

namespace ClinicOps.Analytics.Model;

/// <summary>
/// Analytics counts; it never reaches a person. So the event log keeps a patient's events and bookings without the
/// patient's name, phone or email (no event carries a date of birth): nothing is left to erase when a patient is
/// anonymised, and a rebuild needs none of it. The properties stay, emptied, so a logged event still reads back as its type.
/// </summary>
public static class PersonalData
{
    public static IntegrationEvent Redacted(IntegrationEvent evt) => evt switch
    {
        PatientSnapshot patient => patient with { Name = "", Phone = "", Email = null },
        AppointmentScheduled booking => booking with { PatientName = "", PatientPhone = "", PatientEmail = null },
        _ => evt,
    };
}
