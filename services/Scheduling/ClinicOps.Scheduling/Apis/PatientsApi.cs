using ClinicOps.Scheduling.Dtos;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

public static class PatientsApi
{
    public static IEndpointRouteBuilder MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/patients").WithTags("Patients")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapGet("/", ListPatients);
        api.MapPost("/", RegisterPatient);
        api.MapGet("/{id:guid}", GetPatient);
        api.MapPut("/{id:guid}", UpdatePatient);
        api.MapDelete("/{id:guid}", DeletePatient);
        return app;
    }

    public static async Task<Ok<PagedResult<PatientResponse>>> ListPatients(
        [AsParameters] PatientFilter filter, [AsParameters] PageRequest page, [AsParameters] PatientApiServices services) =>
        TypedResults.Ok(await services.Patients.ListAsync(filter, page, services.CancellationToken));

    public static async Task<Created<PatientResponse>> RegisterPatient(
        PatientRequest request, HttpResponse response, [AsParameters] PatientApiServices services)
    {
        var patient = await services.Patients.RegisterAsync(request, services.CancellationToken);
        response.SetETag(patient.RowVersion);
        return TypedResults.Created($"/api/patients/{patient.Id}", PatientResponse.From(patient));
    }

    public static async Task<Ok<PatientResponse>> GetPatient(Guid id, HttpResponse response, [AsParameters] PatientApiServices services)
    {
        var patient = await services.Patients.GetAsync(id, services.CancellationToken);
        response.SetETag(patient.RowVersion);
        return TypedResults.Ok(PatientResponse.From(patient));
    }

    public static async Task<Ok<PatientResponse>> UpdatePatient(Guid id, PatientRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, [AsParameters] PatientApiServices services)
    {
        var patient = await services.Patients.UpdateAsync(id, request, ifMatch, services.CancellationToken);
        response.SetETag(patient.RowVersion);
        return TypedResults.Ok(PatientResponse.From(patient));
    }

    public static async Task<NoContent> DeletePatient(Guid id, [AsParameters] PatientApiServices services)
    {
        await services.Patients.DeleteAsync(id, services.CancellationToken);
        return TypedResults.NoContent();
    }
}
