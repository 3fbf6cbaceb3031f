using ClinicOps.Identity.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Identity.Apis;

public static class ClinicsApi
{
    public static IEndpointRouteBuilder MapClinicsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/clinics").WithTag("Clinics", "Sign-up of a new clinic and its owner, the clinic's settings and the signed-in user.");
        api.MapPost("/", SignUp)
            .WithRequestExample(new SignUpRequest("Sunny Dental", "Europe/Berlin", "EUR", "Dr. Ana Weber", "owner@sunny-dental.example", "Quiet-Harbour-Lantern-42")).AllowAnonymous().ProducesValidationProblem().ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Sign up a new clinic and its owner")
            .WithDescription("Creates the clinic and its owner and signs the owner in; 409 when the email is taken.");
        api.MapGet("/current", GetCurrent).ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound)
            .WithSummary("Get the caller's clinic")
            .WithDescription("The clinic's name, time zone, currency and slot step.");
        api.MapPatch("/current", UpdateCurrent)
            .WithRequestExample(new UpdateClinicRequest("Sunny Dental Mitte", "Europe/Berlin", "EUR", 15))
            .WithSummary("Change the clinic's settings")
            .WithDescription("Owner only: name, time zone (IANA), currency (ISO 4217) and the slot step (5-60 minutes) on which free slots are offered.").RequireAuthorization(Policies.Owner).ProducesValidationProblem()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        app.MapGet("/api/me", GetMe).WithTags("Clinics")
            .WithSummary("Get the signed-in user and their clinic")
            .WithDescription("The user's id, name, email and role, and the clinic's id, name, time zone and currency.").ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Created<AuthResponse>> SignUp(SignUpRequest request, [AsParameters] ClinicApiServices services) =>
        TypedResults.Created("/api/clinics/current", await services.SignUp.SignUpAsync(request, services.CancellationToken));

    public static async Task<Ok<ClinicResponse>> GetCurrent([AsParameters] ClinicApiServices services) =>
        TypedResults.Ok(await services.Clinics.GetCurrentAsync(services.CancellationToken));

    public static async Task<Ok<ClinicResponse>> UpdateCurrent(UpdateClinicRequest request, [AsParameters] ClinicApiServices services) =>
        TypedResults.Ok(await services.Clinics.UpdateCurrentAsync(request, services.CancellationToken));

    public static async Task<Ok<MeResponse>> GetMe([AsParameters] ClinicApiServices services) =>
        TypedResults.Ok(await services.Clinics.GetMeAsync(services.CancellationToken));
}
