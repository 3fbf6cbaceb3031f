using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Services;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Identity.Apis;

/// <summary>Staff management: owners only.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Owner)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/", List);
        api.MapGet("/{id:guid}", Get).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", Create).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPatch("/{id:guid}", Update).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/{id:guid}", Delete).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Ok<PagedResult<UserDto>>> List([AsParameters] PageRequest page, UserService users, CancellationToken ct) =>
        TypedResults.Ok(await users.ListAsync(page, ct));

    public static async Task<Ok<UserDto>> Get(Guid id, UserService users, CancellationToken ct) =>
        TypedResults.Ok(await users.GetAsync(id, ct));

    public static async Task<Created<UserDto>> Create(CreateUserRequest request, UserService users, CancellationToken ct)
    {
        var user = await users.CreateAsync(request, ct);
        return TypedResults.Created($"/api/users/{user.Id}", user);
    }

    public static async Task<Ok<UserDto>> Update(Guid id, UpdateUserRequest request, UserService users, CancellationToken ct) =>
        TypedResults.Ok(await users.UpdateAsync(id, request, ct));

    public static async Task<NoContent> Delete(Guid id, UserService users, CancellationToken ct)
    {
        await users.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
