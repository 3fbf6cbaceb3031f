using ClinicOps.Benchmarks.Figures;

namespace ClinicOps.Benchmarks.Tests;

public class SeedShapeTests
{
    [Theory]
    [InlineData(10_000)]
    [InlineData(1_000_000)]
    public void Clinics_of_any_size_have_the_same_upcoming_appointments_and_a_longer_past(int count)
    {
        var now = new DateTimeOffset(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var shape = new SeedShape(count, now);

        var statuses = Enumerable.Range(0, count).Select(shape.StatusOf).ToArray();

        Assert.Equal(3_000, statuses.Count(s => s == "scheduled"));
        Assert.All(Enumerable.Range(count - 3_000, 3_000), i => Assert.True(shape.StartOf(i) > now));
        Assert.True(shape.StartOf(count - 3_001) <= now);
        Assert.InRange(statuses.Count(s => s == "completed") / (double)(count - 3_000), 0.84, 0.86);
        Assert.Equal(TimeSpan.Zero, shape.StartOf(0).Offset);
    }
}
