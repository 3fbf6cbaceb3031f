using Microsoft.AspNetCore.Antiforgery;

namespace ClinicOps.Web.Auth;

public static class AccountEndpoints
{
    public const string SignOutPath = "/account/sign-out";

    /// <summary>Sign-out is a form post (antiforgery-checked) from the header, not a page.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignOutPath, SignOut).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    private static async Task<IResult> SignOut(HttpContext context, AuthClient auth, CancellationToken cancellationToken)
    {
        await StaffSignIn.SignOutAsync(context, auth, cancellationToken);
        return TypedResults.LocalRedirect("/signin?signedOut=1");
    }
}
