using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;

namespace ClinicOps.Reminders.Model;

/// <summary>Reminders' replica of a scheduling appointment: its reminders follow its start and status.</summary>
public sealed class Appointment : ReplicatedAppointment
{
    public uint RowVersion { get; private set; }

    public bool IsScheduled => Status == AppointmentStatuses.Scheduled && !Deleted;
}
