using ClinicOps.Identity.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Identity.Apis;

/// <summary>Staff management: owners only.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTag("Users", "The clinic's staff and their roles; owners only.").RequireAuthorization(Policies.Owner)
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
        api.MapGet("/", ListUsers).ProducesValidationProblem()
            .WithSummary("List the clinic's staff")
            .WithDescription("A page of the clinic's users with their roles.");
        api.MapGet("/{id:guid}", GetUser).ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Get a staff member")
            .WithDescription("One user of the clinic.");
        api.MapPost("/", CreateUser)
            .WithRequestExample(new CreateUserRequest("Lena Fischer", "lena@sunny-dental.example", "Amber-Meadow-Compass-77", "receptionist")).ProducesValidationProblem().ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Invite a staff member")
            .WithDescription("Creates a user with a name, email, password and role (owner, doctor or receptionist); 409 when the email is taken.");
        api.MapPatch("/{id:guid}", UpdateUser)
            .WithRequestExample(new UpdateUserRequest("Lena Fischer", "doctor")).ProducesValidationProblem()
            .WithSummary("Change a staff member's name or role")
            .WithDescription("The last owner cannot be demoted; a change of role takes effect on that user's tokens within seconds.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/{id:guid}", RemoveUser).ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Remove a staff member")
            .WithDescription("The last owner cannot be removed; the removal takes effect on that user's tokens within seconds.");
        return app;
    }

    public static async Task<Ok<PagedResult<UserResponse>>> ListUsers([AsParameters] PageRequest page, [AsParameters] UserApiServices services) =>
        TypedResults.Ok(await services.Users.ListAsync(page, services.CancellationToken));

    public static async Task<Ok<UserResponse>> GetUser(Guid id, [AsParameters] UserApiServices services) =>
        TypedResults.Ok(await services.Users.GetAsync(id, services.CancellationToken));

    public static async Task<Created<UserResponse>> CreateUser(CreateUserRequest request, [AsParameters] UserApiServices services)
    {
        var user = await services.Users.CreateAsync(request, services.CancellationToken);
        return TypedResults.Created($"/api/users/{user.Id}", user);
    }

    public static async Task<Ok<UserResponse>> UpdateUser(Guid id, UpdateUserRequest request, [AsParameters] UserApiServices services) =>
        TypedResults.Ok(await services.Users.UpdateAsync(id, request, services.CancellationToken));

    public static async Task<NoContent> RemoveUser(Guid id, [AsParameters] UserApiServices services)
    {
        await services.Users.DeleteAsync(id, services.CancellationToken);
        return TypedResults.NoContent();
    }
}
