namespace ClinicOps.Web.Tests.Infrastructure;

public sealed record AuthAnswerClinic(Guid Id, string Name);
