using ClinicOps.Scheduling.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

public static class PatientsApi
{
    public static IEndpointRouteBuilder MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/patients").WithTag("Patients", "The clinic's patients; a phone is unique per clinic (compared as E.164).")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapGet("/", ListPatients)
            .WithSummary("List patients")
            .WithDescription("A page of patients, optionally searched by name, phone or email.");
        api.MapPost("/", RegisterPatient)
            .WithRequestExample(new PatientRequest("Jonas Becker", "+49 30 1234567", "jonas.becker@example.com", new DateOnly(1984, 3, 21))).SendsETag()
            .WithSummary("Register a patient")
            .WithDescription("Takes a name, a personal phone (normalised to E.164, unique in the clinic), an optional email and a date of birth not in the future.");
        api.MapGet("/{id:guid}", GetPatient).SendsETag()
            .WithSummary("Get a patient")
            .WithDescription("One patient of the clinic, with its version as `ETag`.");
        api.MapPut("/{id:guid}", UpdatePatient)
            .WithRequestExample(new PatientRequest("Jonas Becker", "+49 30 1234567", "jonas.becker@example.com", new DateOnly(1984, 3, 21))).SendsETag()
            .WithSummary("Update a patient")
            .WithDescription("Replaces the patient's details, under the same rules as registering; 409 once the patient is anonymised.");
        api.MapDelete("/{id:guid}", DeletePatient)
            .WithSummary("Delete a patient")
            .WithDescription("Refused with 409 while the patient has any appointment. Every service then forgets the patient.");
        api.MapPost("/{id:guid}/anonymize", AnonymizePatient).SendsETag()
            .WithSummary("Anonymise a patient")
            .WithDescription("Owner only: clears the name (to \"Anonymised patient\"), phone, email and date of birth in every service within "
                + "seconds, for a patient with history; the appointments and payments stay. The patient's pending reminders fail, as "
                + "nobody can be reached any more. Anonymising again changes nothing. An anonymised patient can be neither "
                + "changed (409) nor booked (422): a returning person is registered as a new patient.")
            .RequireAuthorization(Policies.Owner)
            .ProducesProblems(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Ok<PagedResult<PatientResponse>>> ListPatients(
        [AsParameters] PatientFilter filter, [AsParameters] PageRequest page, [AsParameters] PatientApiServices services) =>
        TypedResults.Ok(await services.Patients.ListAsync(filter, page, services.CancellationToken));

    public static async Task<Created<PatientResponse>> RegisterPatient(
        PatientRequest request, HttpResponse response, [AsParameters] PatientApiServices services) =>
        VersionedResults.Created(response, "/api/patients", await services.Patients.RegisterAsync(request, services.CancellationToken), PatientResponse.From);

    public static async Task<Ok<PatientResponse>> GetPatient(Guid id, HttpResponse response, [AsParameters] PatientApiServices services) =>
        VersionedResults.Ok(response, await services.Patients.GetAsync(id, services.CancellationToken), PatientResponse.From);

    public static async Task<Ok<PatientResponse>> UpdatePatient(Guid id, PatientRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, [AsParameters] PatientApiServices services) =>
        VersionedResults.Ok(response, await services.Patients.UpdateAsync(id, request, ifMatch, services.CancellationToken), PatientResponse.From);

    public static async Task<Ok<PatientResponse>> AnonymizePatient(Guid id, HttpResponse response, [AsParameters] PatientApiServices services) =>
        VersionedResults.Ok(response, await services.Patients.AnonymizeAsync(id, services.CancellationToken), PatientResponse.From);

    public static async Task<NoContent> DeletePatient(Guid id, [AsParameters] PatientApiServices services)
    {
        await services.Patients.DeleteAsync(id, services.CancellationToken);
        return TypedResults.NoContent();
    }
}
