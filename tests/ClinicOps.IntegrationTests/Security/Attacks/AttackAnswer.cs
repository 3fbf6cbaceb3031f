using System.Text.Json;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>What an attack got back: from HttpClient, or read off a raw socket by <see cref="RawHttp"/>.</summary>
public sealed record AttackAnswer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? ContentType => Headers.TryGetValue("content-type", out var value) ? value.Split(';')[0].Trim() : null;

    public static async Task<AttackAnswer> FromAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));
        return new AttackAnswer((int)response.StatusCode, headers, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Asserts an RFC 9457 body: application/problem+json whose status is the answer's and whose title is not blank.</summary>
    public void AssertProblemDetails(string what)
    {
        Assert.True(ContentType == "application/problem+json", $"{what}: answered {this} — not application/problem+json");
        using var document = JsonDocument.Parse(Body);
        Assert.True(document.RootElement.TryGetProperty("status", out var status) && status.GetInt32() == Status,
            $"{what}: the problem's status does not match {Status}: {Body}");
        Assert.False(string.IsNullOrWhiteSpace(document.RootElement.GetProperty("title").GetString()), $"{what}: the problem has no title: {Body}");
    }

    public override string ToString() => $"{Status} ({ContentType}) {(Body.Length > 600 ? Body[..600] + "…" : Body)}";
}
