using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Testing;

namespace ClinicOps.Reminders.Tests.Infrastructure;

/// <summary>
/// The real scheduling service, in-process, on the same broker. (Its DbContext names the assembly: both services
/// declare a global Program, so neither Program can be named here.)
/// </summary>
public sealed class SchedulingFactory() : ServiceFactory<SchedulingDbContext>("scheduling");
