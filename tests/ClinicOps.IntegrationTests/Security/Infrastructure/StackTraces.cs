using System.Text.RegularExpressions;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>Recognises a .NET stack trace in an answer (also inside a JSON string, where newlines are "\n") or a log.</summary>
public static partial class StackTraces
{
    /// <summary>The first stack-trace marker in a response body, or null: a frame ("   at Type.Method(") or "SomethingException:".</summary>
    public static string? InResponse(string body)
    {
        var match = ResponseFrame().Match(body);
        if (!match.Success)
        {
            match = ExceptionText().Match(body);
        }

        return match.Success ? Excerpt(body, match.Index) : null;
    }

    /// <summary>Log lines that are stack frames of our own code (".NET prints "   at X.Y() in /path/File.cs:line 12").</summary>
    public static IReadOnlyList<string> InLog(IEnumerable<string> lines) =>
        [.. lines.SelectMany(l => l.Split('\n')).Where(l => LogFrameWithSource().IsMatch(l)).Select(l => l.TrimEnd('\r'))];

    private static string Excerpt(string text, int index)
    {
        var start = Math.Max(0, index - 120);
        return text.Substring(start, Math.Min(400, text.Length - start));
    }

    [GeneratedRegex(@"(?:\r?\n|\\r\\n|\\n)\s*at [A-Za-z_][\w.`+<>\[\], ]*\(")]
    private static partial Regex ResponseFrame();

    [GeneratedRegex(@"\b[A-Z]\w*Exception(?::|\\r\\n|\\n|\r?\n)")]
    private static partial Regex ExceptionText();

    [GeneratedRegex(@"^\s+at .+ in /.+")]
    private static partial Regex LogFrameWithSource();
}
