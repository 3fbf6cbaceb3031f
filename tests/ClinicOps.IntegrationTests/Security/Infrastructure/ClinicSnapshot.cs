using System.Text.Json;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>What a clinic's reads answered (status and body, verbatim) at one moment, to prove later that nothing changed.</summary>
public sealed class ClinicSnapshot(IReadOnlyDictionary<string, string> reads)
{
    public IReadOnlyDictionary<string, string> Reads => reads;

    public override string ToString() =>
        string.Join(Environment.NewLine, reads.Select(r => $"GET {r.Key} -> {(r.Value.Length > 300 ? r.Value[..300] + "…" : r.Value)}"));

    public static async Task<ClinicSnapshot> TakeAsync(HttpClient client, IEnumerable<string> paths)
    {
        var answers = await Task.WhenAll(paths.Select(async path =>
        {
            using var response = await client.GetAsync(path);
            return (Path: path, Answer: $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }));
        return new ClinicSnapshot(answers.ToDictionary(a => a.Path, a => a.Answer));
    }

    /// <summary>The body of a read that answered 200.</summary>
    public JsonElement Json(string path)
    {
        var answer = reads[path];
        Assert.True(answer.StartsWith("200 ", StringComparison.Ordinal), $"GET {path} answered {answer}");
        using var document = JsonDocument.Parse(answer[4..]);
        return document.RootElement.Clone();
    }

    public bool SameAs(ClinicSnapshot other) =>
        reads.Count == other.Reads.Count && reads.All(r => other.Reads.TryGetValue(r.Key, out var answer) && answer == r.Value);

    /// <summary>Fails with every read that now answers differently.</summary>
    public void AssertUnchangedSince(ClinicSnapshot before, string after)
    {
        var changed = before.Reads
            .Where(r => !reads.TryGetValue(r.Key, out var now) || now != r.Value)
            .Select(r => $"GET {r.Key}{Environment.NewLine}  before: {r.Value}{Environment.NewLine}  after:  {reads.GetValueOrDefault(r.Key)}")
            .ToList();
        Assert.True(changed.Count == 0,
            $"The clinic's data changed after {after}:{Environment.NewLine}{string.Join(Environment.NewLine, changed)}");
    }
}
