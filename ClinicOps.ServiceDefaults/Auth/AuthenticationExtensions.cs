using ClinicOps.Contracts.Identity;
using ClinicOps.ServiceDefaults.Auth.Access;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Every service validates the token itself (signature, issuer, audience, lifetime, ES256 only) — the gateway's
    /// check is not trusted alone; a token once valid is not verified again until it expires (<see cref="CachingTokenHandler"/>).
    /// Routes need an authenticated user with a clinic unless marked AllowAnonymous.
    /// </summary>
    public static IHostApplicationBuilder AddClinicOpsAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(JwtSettings.Section).Get<JwtSettings>() ?? new JwtSettings();
        builder.Services.Configure<JwtSettings>(builder.Configuration.GetSection(JwtSettings.Section));

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new CachingTokenHandler(new JsonWebTokenHandler { MapInboundClaims = false }, TimeProvider.System));
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    IssuerSigningKey = new ECDsaSecurityKey(settings.CreateValidationKey()),
                    ValidAlgorithms = [JwtSettings.Algorithm],
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = ClaimNames.Subject,
                    RoleClaimType = ClaimNames.Role,
                };
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = CheckUserAccessAsync,
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        if (context.AuthenticateFailure is TokenRefusedException { Verdict: AccessVerdict.RoleChanged })
                        {
                            await ProblemWriter.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden",
                                "Your role has changed since this token was issued; sign in again.");
                            return;
                        }

                        context.Response.Headers.WWWAuthenticate = "Bearer";
                        await ProblemWriter.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Unauthorized",
                            context.AuthenticateFailure is TokenRefusedException
                                ? "This session has ended; sign in again."
                                : "A valid access token is required: sign in and send it as 'Authorization: Bearer <token>'.");
                    },
                    OnForbidden = async context => await ProblemWriter.WriteAsync(context.HttpContext,
                        StatusCodes.Status403Forbidden, "Forbidden", "Your role does not allow this action."),
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .RequireClaim(ClaimNames.ClinicId)
                .Build())
            .AddPolicy(Policies.Owner, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ClaimNames.ClinicId)
                .RequireRole(Roles.Owner))
            .AddPolicy(Policies.OwnerOrReceptionist, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ClaimNames.ClinicId)
                .RequireRole(Roles.Owner, Roles.Receptionist));
        return builder;
    }

    /// <summary>
    /// A signature-valid token is refused when the user was removed, their sessions were ended or their role changed
    /// since it was issued (services that register an <see cref="IUserAccessCheck"/>; the gateway has none).
    /// </summary>
    private static async Task CheckUserAccessAsync(TokenValidatedContext context)
    {
        if (context.Principal is null || context.HttpContext.RequestServices.GetService<IUserAccessCheck>() is not { } check)
        {
            return;
        }

        var verdict = await check.JudgeAsync(context.Principal, context.HttpContext.RequestServices, context.HttpContext.RequestAborted);
        if (verdict != AccessVerdict.Allowed)
        {
            context.Fail(new TokenRefusedException(verdict));
        }
    }
}
