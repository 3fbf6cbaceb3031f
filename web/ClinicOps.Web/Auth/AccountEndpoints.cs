using Microsoft.AspNetCore.Antiforgery;

namespace ClinicOps.Web.Auth;

public static class AccountEndpoints
{
    public const string SignOutPath = "/account/sign-out";

    /// <summary>Sign-out is a form post from the header, not a page.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignOutPath, SignOut).DisableAntiforgery();
        return app;
    }

    /// <summary>
    /// Checked here rather than by the antiforgery middleware, which only marks a request it finds invalid and leaves
    /// refusing it to form binding, which this endpoint has none of: another site must not be able to sign people out.
    /// </summary>
    private static async Task<IResult> SignOut(HttpContext context, IAntiforgery antiforgery, AuthClient auth, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request",
                detail: "The sign-out did not come from this app's own page.");
        }

        await StaffSignIn.SignOutAsync(context, auth, cancellationToken);
        return TypedResults.LocalRedirect("/signin?signedOut=1");
    }
}
