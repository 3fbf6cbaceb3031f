namespace ClinicOps.Scheduling.Model;

/// <summary>A record staff edit by id under optimistic concurrency: <see cref="RowVersion"/> is PostgreSQL's xmin.</summary>
public interface IVersioned
{
    Guid Id { get; }
    uint RowVersion { get; }
}
