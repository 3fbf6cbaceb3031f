using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// 503 (with Retry-After): identity's ClinicRegistered, which brings the clinic's time zone, has not reached scheduling
/// yet and identity did not answer for the clinic either. Working hours cannot be read without the clinic's wall clock.
/// </summary>
public sealed class ClinicNotKnownYetException() : ProblemException(StatusCodes.Status503ServiceUnavailable, "Service unavailable",
    "The clinic's settings have not reached scheduling yet; please try again in a moment.");
