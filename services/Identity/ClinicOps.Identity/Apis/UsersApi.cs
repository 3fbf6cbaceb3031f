using ClinicOps.Identity.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Identity.Apis;

/// <summary>Staff management: owners only.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Owner)
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
        api.MapGet("/", List).ProducesValidationProblem();
        api.MapGet("/{id:guid}", Get).ProducesProblems(StatusCodes.Status404NotFound);
        api.MapPost("/", Create).ProducesValidationProblem().ProducesProblems(StatusCodes.Status409Conflict);
        api.MapPatch("/{id:guid}", Update).ProducesValidationProblem()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/{id:guid}", Delete).ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Ok<PagedResult<UserResponse>>> List([AsParameters] PageRequest page, [AsParameters] UserApiServices services) =>
        TypedResults.Ok(await services.Users.ListAsync(page, services.CancellationToken));

    public static async Task<Ok<UserResponse>> Get(Guid id, [AsParameters] UserApiServices services) =>
        TypedResults.Ok(await services.Users.GetAsync(id, services.CancellationToken));

    public static async Task<Created<UserResponse>> Create(CreateUserRequest request, [AsParameters] UserApiServices services)
    {
        var user = await services.Users.CreateAsync(request, services.CancellationToken);
        return TypedResults.Created($"/api/users/{user.Id}", user);
    }

    public static async Task<Ok<UserResponse>> Update(Guid id, UpdateUserRequest request, [AsParameters] UserApiServices services) =>
        TypedResults.Ok(await services.Users.UpdateAsync(id, request, services.CancellationToken));

    public static async Task<NoContent> Delete(Guid id, [AsParameters] UserApiServices services)
    {
        await services.Users.DeleteAsync(id, services.CancellationToken);
        return TypedResults.NoContent();
    }
}
