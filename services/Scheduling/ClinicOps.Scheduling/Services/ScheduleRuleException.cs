using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;

namespace ClinicOps.Scheduling.Services;

/// <summary>422 whose title names the schedule rule a booking breaks ("Outside working hours", "In time off").</summary>
public sealed class ScheduleRuleException(string title, string detail)
    : ProblemException(StatusCodes.Status422UnprocessableEntity, title, detail);
