using System.Linq.Expressions;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Dtos;

public sealed record TimeOffResponse(Guid Id, Guid DoctorId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Reason)
{
    public static readonly Expression<Func<TimeOff, TimeOffResponse>> Projection =
        t => new TimeOffResponse(t.Id, t.DoctorId, t.StartsAt, t.EndsAt, t.Reason);

    public static TimeOffResponse From(TimeOff t) => new(t.Id, t.DoctorId, t.StartsAt, t.EndsAt, t.Reason);
}
