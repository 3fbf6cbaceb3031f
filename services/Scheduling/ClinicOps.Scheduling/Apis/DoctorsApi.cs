using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Services;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

public static class DoctorsApi
{
    public static IEndpointRouteBuilder MapDoctorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/doctors").WithTag("Doctors", "The clinic's doctors.")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapGet("/", ListDoctors)
            .WithSummary("List doctors")
            .WithDescription("A page of doctors, optionally filtered by specialization or searched by name.");
        api.MapPost("/", RegisterDoctor)
            .WithRequestExample(new DoctorRequest("Dr. Ana Weber", "Dentistry", "ana.weber@sunny-dental.example", "+49 30 7654321", null)).SendsETag()
            .WithSummary("Register a doctor")
            .WithDescription("Takes a name, a specialization, and optionally an email, a phone and the doctor's user.");
        api.MapGet("/{id:guid}", GetDoctor).SendsETag()
            .WithSummary("Get a doctor")
            .WithDescription("One doctor of the clinic, with its version as `ETag`.");
        api.MapPut("/{id:guid}", UpdateDoctor)
            .WithRequestExample(new DoctorRequest("Dr. Ana Weber", "Dentistry", "ana.weber@sunny-dental.example", "+49 30 7654321", null)).SendsETag()
            .WithSummary("Update a doctor")
            .WithDescription("Replaces the doctor's details.");
        api.MapDelete("/{id:guid}", DeleteDoctor)
            .WithSummary("Delete a doctor")
            .WithDescription("Refused with 409 while the doctor has appointments.");
        return app;
    }

    public static async Task<Ok<PagedResult<DoctorResponse>>> ListDoctors(
        [AsParameters] DoctorFilter filter, [AsParameters] PageRequest page, [AsParameters] DoctorApiServices services) =>
        TypedResults.Ok(await services.Doctors.ListAsync(filter, page, services.CancellationToken));

    public static async Task<Created<DoctorResponse>> RegisterDoctor(
        DoctorRequest request, HttpResponse response, [AsParameters] DoctorApiServices services) =>
        VersionedResults.Created(response, "/api/doctors", await services.Doctors.RegisterAsync(request, services.CancellationToken), DoctorResponse.From);

    public static async Task<Ok<DoctorResponse>> GetDoctor(Guid id, HttpResponse response, [AsParameters] DoctorApiServices services) =>
        VersionedResults.Ok(response, await services.Doctors.GetAsync(id, services.CancellationToken), DoctorResponse.From);

    public static async Task<Ok<DoctorResponse>> UpdateDoctor(Guid id, DoctorRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, [AsParameters] DoctorApiServices services) =>
        VersionedResults.Ok(response, await services.Doctors.UpdateAsync(id, request, ifMatch, services.CancellationToken), DoctorResponse.From);

    public static async Task<NoContent> DeleteDoctor(Guid id, [AsParameters] DoctorApiServices services)
    {
        await services.Doctors.DeleteAsync(id, services.CancellationToken);
        return TypedResults.NoContent();
    }
}
