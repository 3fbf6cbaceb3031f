namespace ClinicOps.Web.Api;

/// <summary>A patient as the API returns it; <see cref="Phone"/> is the stored E.164 form, null once the patient is anonymised.</summary>
public sealed record Patient(Guid Id, string Name, string? Phone, string? Email, DateOnly? DateOfBirth);
