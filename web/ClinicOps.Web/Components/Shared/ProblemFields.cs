using System.Reflection;
using ClinicOps.Web.Api;

namespace ClinicOps.Web.Components.Shared;

/// <summary>
/// Splits an API problem's field errors between the form's inputs and the banner: an error whose field names a
/// property of the form's model (ignoring case, or through <c>fieldMap</c> when the form names it differently, such as
/// the API's <c>startsAt</c> typed as a date and a time) belongs next to that input; any other goes to the banner, so
/// nothing the API said is ever dropped.
/// </summary>
public sealed record ProblemFields(IReadOnlyDictionary<string, string[]> ByProperty, IReadOnlyList<string> Unplaced)
{
    public static readonly ProblemFields None = new(new Dictionary<string, string[]>(), []);

    public static ProblemFields Split(ApiProblem? problem, Type model, IReadOnlyDictionary<string, string>? fieldMap = null)
    {
        if (problem is null || problem.Errors.Count == 0)
        {
            return None;
        }

        var properties = model.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
        var byProperty = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unplaced = new List<string>();
        foreach (var (field, messages) in problem.Errors)
        {
            var property = Resolve(field, properties, fieldMap);
            if (property is null)
            {
                unplaced.AddRange(messages);
            }
            else
            {
                byProperty[property] = byProperty.TryGetValue(property, out var earlier) ? [.. earlier, .. messages] : messages;
            }
        }

        return new ProblemFields(byProperty, unplaced);
    }

    private static string? Resolve(string field, List<string> properties, IReadOnlyDictionary<string, string>? fieldMap)
    {
        var mapped = fieldMap?.FirstOrDefault(pair => string.Equals(pair.Key, field, StringComparison.OrdinalIgnoreCase)).Value;
        var name = mapped ?? field;
        return properties.FirstOrDefault(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));
    }
}
