using ClinicOps.Benchmarks.Api;

namespace ClinicOps.Benchmarks.Tests;

public class SlotPlanTests
{
    [Fact]
    public async Task Slots_handed_out_concurrently_never_overlap_for_a_doctor()
    {
        var first = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var plan = new SlotPlan(first, doctors: 5, minutes: 15);

        var slots = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 500).Select(_ => plan.Next()).ToArray())));
        var all = slots.SelectMany(s => s).ToArray();

        Assert.Equal(4_000, all.Distinct().Count());
        Assert.All(all.GroupBy(s => s.Doctor), doctor =>
            Assert.All(doctor.OrderBy(s => s.StartsAt).Zip(doctor.OrderBy(s => s.StartsAt).Skip(1)),
                pair => Assert.True(pair.Second.StartsAt >= pair.First.StartsAt.AddMinutes(15))));
        Assert.Equal(first, all.Min(s => s.StartsAt));
    }
}
