using System.Linq.Expressions;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Dtos;

public sealed record PatientResponse(Guid Id, string Name, string? Phone, string? Email, DateOnly? DateOfBirth)
{
    public static readonly Expression<Func<Patient, PatientResponse>> Projection =
        p => new PatientResponse(p.Id, p.Name, p.Phone, p.Email, p.DateOfBirth);

    public static PatientResponse From(Patient p) => new(p.Id, p.Name, p.Phone, p.Email, p.DateOfBirth);
}
