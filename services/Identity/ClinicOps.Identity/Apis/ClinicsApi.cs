using ClinicOps.Identity.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Identity.Apis;

public static class ClinicsApi
{
    public static IEndpointRouteBuilder MapClinicsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/clinics").WithTags("Clinics");
        api.MapPost("/", SignUp).AllowAnonymous().ProducesValidationProblem().ProducesProblems(StatusCodes.Status409Conflict);
        api.MapGet("/current", GetCurrent).ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
        api.MapPatch("/current", UpdateCurrent).RequireAuthorization(Policies.Owner).ProducesValidationProblem()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        app.MapGet("/api/me", GetMe).WithTags("Clinics").ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
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
