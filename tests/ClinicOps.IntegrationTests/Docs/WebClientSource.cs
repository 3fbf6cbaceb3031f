using System.Text;
using System.Text.RegularExpressions;
using ClinicOps.IntegrationTests.Infrastructure;

namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// Reads the web app's source (web/ClinicOps.Web) for the requests its API client sends and the records it reads answers
/// into. A call whose path cannot be read is reported, never skipped, so a new way of calling cannot hide from the check.
/// </summary>
public static partial class WebClientSource
{
    private static readonly string WebProject = Path.Combine(RepositoryRoot.Path, "web", "ClinicOps.Web");

    public static (IReadOnlyList<WebClientCall> Calls, IReadOnlyList<string> Unreadable) Calls()
    {
        var calls = new List<WebClientCall>();
        var unreadable = new List<string>();
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(WebProject, file);
            foreach (Match call in ApiCall().Matches(text))
            {
                var method = call.Groups["method"].Success ? call.Groups["method"].Value.ToUpperInvariant() : "GET";
                var type = call.Groups["type"].Success ? call.Groups["type"].Value : null;
                var source = $"{name}:{text[..call.Index].Count(c => c == '\n') + 1}";
                var paths = PathsAt(text, call.Groups["path"].Index);
                if (paths.Count == 0)
                {
                    unreadable.Add(source);
                }

                calls.AddRange(paths.Select(path => new WebClientCall(method, path, type, source)));
            }
        }

        return (calls, unreadable);
    }

    /// <summary>The JSON names of a positional record's properties (camelCase, or their [JsonPropertyName]).</summary>
    public static IReadOnlyList<string> JsonPropertiesOf(string record)
    {
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            var declaration = Regex.Match(text, $@"record {Regex.Escape(record)}(?:<\w+>)?\(");
            if (!declaration.Success)
            {
                continue;
            }

            var parameters = Balanced(text, declaration.Index + declaration.Length - 1);
            return [.. SplitTopLevel(parameters).Select(parameter =>
                JsonName().Match(parameter) is { Success: true } named
                    ? named.Groups["name"].Value
                    : Camel(parameter.Split('=')[0].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]))];
        }

        throw new InvalidOperationException($"No positional record {record} in {WebProject}.");
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(WebProject, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    /// <summary>
    /// The paths of the expression at <paramref name="index"/>: a string literal (interpolated or not, possibly inside
    /// QueryHelpers.AddQueryString) or a call of a method of the same file whose body starts with one.
    /// </summary>
    private static List<string> PathsAt(string text, int index)
    {
        var expression = text[index..];
        if (expression.StartsWith("QueryHelpers.AddQueryString(", StringComparison.Ordinal))
        {
            expression = expression["QueryHelpers.AddQueryString(".Length..];
        }

        if (expression.StartsWith("\"/api", StringComparison.Ordinal) || expression.StartsWith("$\"/api", StringComparison.Ordinal))
        {
            return Literal(expression[(expression.IndexOf('"') + 1)..]);
        }

        if (Helper().Match(expression) is { Success: true } helper
            && Regex.Match(text, $@"string {helper.Groups["name"].Value}\([^)]*\)\s*=>\s*") is { Success: true } body)
        {
            return PathsAt(text, body.Index + body.Length);
        }

        return [];
    }

    /// <summary>The path a literal (after its opening quote) spells: `{}` for a value, both words for `{(c ? "a" : "b")}`.</summary>
    private static List<string> Literal(string rest)
    {
        var paths = new List<StringBuilder> { new() };
        for (var i = 0; rest[i] != '"'; i++)
        {
            if (rest[i] != '{')
            {
                paths.ForEach(path => path.Append(rest[i]));
                continue;
            }

            var hole = Balanced(rest, i, '{', '}');
            i += hole.Length + 1;
            var choice = Choice().Match(hole);
            paths = choice.Success
                ? [.. paths.SelectMany(path => new[] { new StringBuilder(path + choice.Groups["a"].Value), new StringBuilder(path + choice.Groups["b"].Value) })]
                : [.. paths.Select(path => path.Append("{}"))];
        }

        return [.. paths.Select(path => path.ToString())];
    }

    /// <summary>What lies between the bracket at <paramref name="open"/> and its partner.</summary>
    private static string Balanced(string text, int open, char opening = '(', char closing = ')')
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] == opening ? 1 : text[i] == closing ? -1 : 0;
            if (depth == 0)
            {
                return text[(open + 1)..i];
            }
        }

        throw new InvalidOperationException($"Unbalanced '{opening}' in the web app's source.");
    }

    private static IEnumerable<string> SplitTopLevel(string parameters)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < parameters.Length; i++)
        {
            depth += parameters[i] is '(' or '<' or '[' ? 1 : parameters[i] is ')' or '>' or ']' ? -1 : 0;
            if (depth == 0 && parameters[i] == ',')
            {
                yield return parameters[start..i];
                start = i + 1;
            }
        }

        if (parameters[start..].Trim().Length > 0)
        {
            yield return parameters[start..];
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"\b(?:api\.(?:GetAsync|SendAsync)<(?<type>[\w<>]+)>|ApiClient\.CreateRequest)\(\s*(?:HttpMethod\.(?<method>\w+),\s*)?(?<path>(?!request\b)[^\s,)])")]
    private static partial Regex ApiCall();

    [GeneratedRegex(@"^(?<name>[A-Z]\w*)\(")]
    private static partial Regex Helper();

    [GeneratedRegex(@"^\(\s*[^?]+\?\s*""(?<a>[^""]*)""\s*:\s*""(?<b>[^""]*)""\s*\)$")]
    private static partial Regex Choice();

    [GeneratedRegex(@"JsonPropertyName\(""(?<name>[^""]+)""\)")]
    private static partial Regex JsonName();
}
