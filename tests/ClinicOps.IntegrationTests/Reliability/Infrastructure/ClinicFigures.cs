namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>What the analytics read model shows for a clinic: its dashboard and its per-doctor figures.</summary>
public sealed record ClinicFigures(DashboardFigures Dashboard, IReadOnlyList<DoctorFigures> Doctors)
{
    public static async Task<ClinicFigures> ReadAsync(HttpClient client) =>
        new(await DashboardFigures.ReadAsync(client), [.. (await DoctorFigures.ReadAsync(client)).OrderBy(d => d.DoctorId)]);

    public bool SameAs(ClinicFigures other) => Dashboard == other.Dashboard && Doctors.SequenceEqual(other.Doctors);

    public override string ToString() => $"{Dashboard}; doctors: [{string.Join(", ", Doctors)}]";
}
