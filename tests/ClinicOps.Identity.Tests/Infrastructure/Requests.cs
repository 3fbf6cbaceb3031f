using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ClinicOps.Identity.Dtos;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Identity.Tests.Infrastructure;

/// <summary>The HTTP calls tests make, and unique test data.</summary>
public static class Requests
{
    public const string Password = "Correct-Horse-42";

    public static string UniqueEmail(string name = "owner") => $"{name}.{Guid.CreateVersion7():N}@clinic.test";

    public static object SignUpBody(string email, string password = Password, string timeZone = "Europe/London", string currency = "GBP") =>
        new { clinicName = "Riverside Clinic", timeZone, currency, ownerName = "Ann Owner", email, password };

    public static async Task<SignedUpClinic> SignUpAsync(this IdentityFactory factory, string? email = null)
    {
        email ??= UniqueEmail();
        var response = await factory.CreateClient().PostAsJsonAsync("/api/clinics", SignUpBody(email));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new SignedUpClinic(email, Password, (await response.Content.ReadFromJsonAsync<AuthResponse>())!);
    }

    public static Task<HttpResponseMessage> LoginAsync(this IdentityFactory factory, string email, string password) =>
        factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password });

    public static async Task<AuthResponse> LoginOkAsync(this IdentityFactory factory, string email, string password = Password)
    {
        var response = await factory.LoginAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AuthResponse>())!;
    }

    public static Task<HttpResponseMessage> RefreshAsync(this IdentityFactory factory, string refreshToken) =>
        factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    public static HttpClient ClientWithToken(this IdentityFactory factory, string accessToken)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static HttpClient ClientFor(this IdentityFactory factory, AuthResponse session) => factory.ClientWithToken(session.AccessToken);

    /// <summary>Adds a user to the clinic through the API (as its owner) and returns it.</summary>
    public static async Task<UserResponse> AddUserAsync(this HttpClient owner, string role, string? email = null, string password = Password)
    {
        var response = await owner.PostAsJsonAsync("/api/users", new { name = $"A {role}", email = email ?? UniqueEmail(role), password, role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UserResponse>())!;
    }

    public static async Task<ProblemDetails> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
    }

    public static async Task<HttpValidationProblemDetails> ValidationProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;
    }
}
