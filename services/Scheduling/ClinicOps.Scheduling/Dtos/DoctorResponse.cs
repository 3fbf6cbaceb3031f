using System.Linq.Expressions;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Dtos;

public sealed record DoctorResponse(Guid Id, string Name, string Specialization, string? Email, string? Phone, Guid? UserId)
{
    public static readonly Expression<Func<Doctor, DoctorResponse>> Projection =
        d => new DoctorResponse(d.Id, d.Name, d.Specialization, d.Email, d.Phone, d.UserId);

    public static DoctorResponse From(Doctor d) => new(d.Id, d.Name, d.Specialization, d.Email, d.Phone, d.UserId);
}
