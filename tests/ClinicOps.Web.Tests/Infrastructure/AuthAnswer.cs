namespace ClinicOps.Web.Tests.Infrastructure;

/// <summary>The part of identity's sign-up and login answers the tests use.</summary>
public sealed record AuthAnswer(AuthAnswerClinic Clinic, string AccessToken);
