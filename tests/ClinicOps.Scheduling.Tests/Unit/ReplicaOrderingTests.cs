using ClinicOps.Contracts.Identity;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Tests.Unit;

public sealed class ReplicaOrderingTests
{
    private static readonly DateTimeOffset T0 = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_older_clinic_snapshot_does_not_overwrite_a_newer_one()
    {
        var clinic = ClinicFrom(Snapshot("New name", "Europe/Berlin", 20, T0.AddMinutes(5)));

        Assert.False(clinic.Apply(Snapshot("Old name", "Europe/London", 30, T0)));
        Assert.Equal(("New name", "Europe/Berlin", 20), (clinic.Name, clinic.TimeZone, clinic.SlotStepMinutes));
        Assert.True(clinic.Apply(Snapshot("Newer", "Europe/Paris", 10, T0.AddMinutes(6))));
        Assert.Equal(("Europe/Paris", 10), (clinic.TimeZone, clinic.SlotStepMinutes));
    }

    [Fact]
    public void A_clinic_snapshot_without_a_slot_step_keeps_the_one_held_or_takes_15()
    {
        var clinic = ClinicFrom(Snapshot("Clinic", "Europe/Berlin", null, T0));
        Assert.Equal(15, clinic.SlotStepMinutes);

        clinic.Apply(Snapshot("Clinic", "Europe/Berlin", 30, T0.AddMinutes(1)));
        clinic.Apply(Snapshot("Renamed", "Europe/Berlin", null, T0.AddMinutes(2)));

        Assert.Equal(("Renamed", 30), (clinic.Name, clinic.SlotStepMinutes));
    }

    [Fact]
    public void A_removed_user_is_not_revived_by_a_late_registration()
    {
        var user = ClinicUser.Removed(Guid.CreateVersion7(), T0.AddMinutes(1));

        user.Register("Ada", "doctor", T0);

        Assert.False(user.IsActive);
    }

    [Fact]
    public void Removing_a_registered_user_deactivates_it()
    {
        var user = ClinicUser.Registered(Guid.CreateVersion7(), "Ada", "doctor", T0);

        user.Remove(T0.AddMinutes(1));

        Assert.False(user.IsActive);
        Assert.Equal(T0.AddMinutes(1), user.RemovedAt);
    }

    private static Clinic ClinicFrom(ClinicSnapshot snapshot)
    {
        var clinic = new Clinic();
        clinic.Apply(snapshot);
        return clinic;
    }

    private static ClinicUpdated Snapshot(string name, string timeZone, int? slotStepMinutes, DateTimeOffset at) => new()
    {
        ClinicId = Guid.Empty, OccurredAt = at, Name = name, TimeZone = timeZone, Currency = "EUR", SlotStepMinutes = slotStepMinutes,
    };
}
