using System.Runtime.CompilerServices;
using ClinicOps.IntegrationTests.Infrastructure;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>
/// Set-up shared by the tests of a class for one running app (seeded once, used by every case). A set-up that failed is
/// tried once more by the next test before its failure is kept, so one slow moment does not fail every case.
/// </summary>
public sealed class PerApp<T>(Func<WholeAppFixture, Task<T>> create)
{
    private const int Attempts = 2;

    private readonly ConditionalWeakTable<WholeAppFixture, Entry> entries = new();
    private readonly Lock gate = new();

    public Task<T> GetAsync(WholeAppFixture app)
    {
        lock (gate)
        {
            var entry = entries.GetValue(app, _ => new Entry());
            if (entry.Task is null || (entry.Task.IsFaulted && entry.Tries < Attempts))
            {
                entry.Task = create(app);
                entry.Tries++;
            }

            return entry.Task;
        }
    }

    private sealed class Entry
    {
        public Task<T>? Task { get; set; }

        public int Tries { get; set; }
    }
}
