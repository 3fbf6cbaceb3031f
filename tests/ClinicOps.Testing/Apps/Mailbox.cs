using System.Net.Http.Json;
using System.Text.Json;

namespace ClinicOps.Testing.Apps;

/// <summary>The dev mailbox (smtp4dev) through its REST API: the emails the reminders service sent.</summary>
public sealed class Mailbox(HttpClient http)
{
    /// <summary>The subjects of the messages sent to <paramref name="recipient"/>.</summary>
    public async Task<IReadOnlyList<string>> SubjectsToAsync(string recipient)
    {
        // One page of everything: a test's app is fresh, its mailbox in memory.
        var answer = await http.GetFromJsonAsync<JsonElement>("/api/messages?pageSize=1000");
        // smtp4dev answers a plain list in older versions and a page ({ results: [...] }) in newer ones.
        var messages = answer.ValueKind == JsonValueKind.Array ? answer : answer.GetProperty("results");
        return [.. messages.EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(to => (to.GetString() ?? "").Contains(recipient, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.GetProperty("subject").GetString() ?? "")];
    }
}
