namespace ClinicOps.Web.Tests.Infrastructure;

/// <summary>A staff member who can sign in, with an API client holding their own token (for arranging and checking through the API).</summary>
public sealed record StaffAccount(Guid ClinicId, string ClinicName, string Name, string Email, string Password, string Role, HttpClient Api);
