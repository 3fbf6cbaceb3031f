using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

/// <summary>
/// A kind of visit a clinic offers (check-up, 45 minutes, 80.00): its duration is a booking's default and its price
/// travels with the appointment to billing. Archiving keeps it for the appointments that have it, and no new booking
/// can take it.
/// </summary>
public sealed class AppointmentType : ITenantOwned, IAudited, IVersioned
{
    public const int MaxNameLength = 100;

    private AppointmentType()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    public int DurationMinutes { get; private set; }
    public decimal? Price { get; private set; }
    /// <summary>#RRGGBB, for calendars.</summary>
    public string? Color { get; private set; }
    public DateTimeOffset? ArchivedAt { get; private set; }
    public uint RowVersion { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    public AppointmentTypeDetails Details => new(Name, DurationMinutes, Price, Color);

    public static AppointmentType Create(AppointmentTypeDetails details, DateTimeOffset now)
    {
        var type = new AppointmentType { Id = Guid.CreateVersion7(now) };
        type.Apply(details);
        return type;
    }

    /// <summary>Returns false when nothing changed.</summary>
    public bool Update(AppointmentTypeDetails details)
    {
        if (details == Details)
        {
            return false;
        }

        Apply(details);
        return true;
    }

    /// <summary>Returns false when it was archived already.</summary>
    public bool Archive(DateTimeOffset now)
    {
        if (IsArchived)
        {
            return false;
        }

        ArchivedAt = now;
        return true;
    }

    /// <summary>422 for an archived type: it exists (and old appointments show it), but it is no longer offered.</summary>
    public void EnsureBookable()
    {
        if (IsArchived)
        {
            throw new RuleViolationException($"The appointment type '{Name}' is archived and can no longer be booked.");
        }
    }

    private void Apply(AppointmentTypeDetails details)
    {
        Name = details.Name;
        DurationMinutes = details.DurationMinutes;
        Price = details.Price;
        Color = details.Color;
    }
}
