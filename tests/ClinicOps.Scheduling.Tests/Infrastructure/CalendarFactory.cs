using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>Scheduling whose "now" is <see cref="Now"/> (early January 2027), for the 2027 clock changes.</summary>
public sealed class CalendarFactory : SchedulingFactory
{
    public static readonly DateTimeOffset Now = new(2027, 1, 4, 6, 0, 0, TimeSpan.Zero);

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(new PinnedClock(Now));
    }
}
