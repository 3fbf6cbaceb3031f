using System.Linq.Expressions;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Dtos;

/// <param name="Archived">An archived type is kept for the appointments that have it; it cannot be booked.</param>
public sealed record AppointmentTypeResponse(Guid Id, string Name, int DurationMinutes, decimal? Price, string? Color, bool Archived)
{
    public static readonly Expression<Func<AppointmentType, AppointmentTypeResponse>> Projection =
        t => new AppointmentTypeResponse(t.Id, t.Name, t.DurationMinutes, t.Price, t.Color, t.ArchivedAt != null);

    public static AppointmentTypeResponse From(AppointmentType t) => new(t.Id, t.Name, t.DurationMinutes, t.Price, t.Color, t.IsArchived);
}
