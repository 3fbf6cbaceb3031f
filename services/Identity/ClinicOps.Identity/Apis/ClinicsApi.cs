using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Services;
using ClinicOps.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Identity.Apis;

public static class ClinicsApi
{
    public static IEndpointRouteBuilder MapClinicsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/clinics").WithTags("Clinics");
        api.MapPost("/", SignUp).AllowAnonymous().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/current", GetCurrent);
        api.MapPatch("/current", UpdateCurrent).RequireAuthorization(Policies.Owner).ProducesValidationProblem();
        app.MapGet("/api/me", GetMe).WithTags("Clinics");
        return app;
    }

    public static async Task<Created<AuthResponse>> SignUp(SignUpRequest request, SignUpService signUp, CancellationToken ct) =>
        TypedResults.Created("/api/clinics/current", await signUp.SignUpAsync(request, ct));

    public static async Task<Ok<ClinicDto>> GetCurrent(ClinicService clinics, CancellationToken ct) =>
        TypedResults.Ok(await clinics.GetCurrentAsync(ct));

    public static async Task<Ok<ClinicDto>> UpdateCurrent(UpdateClinicRequest request, ClinicService clinics, CancellationToken ct) =>
        TypedResults.Ok(await clinics.UpdateCurrentAsync(request, ct));

    public static async Task<Ok<MeResponse>> GetMe(ClinicService clinics, CancellationToken ct) =>
        TypedResults.Ok(await clinics.GetMeAsync(ct));
}
