using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

/// <summary>
/// A staff user of a clinic, kept from identity's UserRegistered / UserRemoved events so a doctor can be linked
/// only to a user of the same clinic. A removed user stays as a tombstone so a late UserRegistered cannot revive it.
/// </summary>
public sealed class ClinicUser : ITenantOwned
{
    private ClinicUser()
    {
    }

    public Guid ClinicId { get; set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Role { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }
    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsActive => RemovedAt is null;

    public static ClinicUser Registered(Guid userId, string name, string role, DateTimeOffset changedAt) =>
        new() { UserId = userId, Name = name, Role = role, ChangedAt = changedAt };

    public static ClinicUser Removed(Guid userId, DateTimeOffset changedAt) =>
        new() { UserId = userId, ChangedAt = changedAt, RemovedAt = changedAt };

    public void Register(string name, string role, DateTimeOffset changedAt)
    {
        if (RemovedAt is not null || changedAt < ChangedAt)
        {
            return;
        }

        Name = name;
        Role = role;
        ChangedAt = changedAt;
    }

    public void Remove(DateTimeOffset changedAt)
    {
        RemovedAt ??= changedAt;
        if (changedAt > ChangedAt)
        {
            ChangedAt = changedAt;
        }
    }
}
