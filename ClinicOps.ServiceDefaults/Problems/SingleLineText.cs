namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>
/// Names and emails are single lines of text: a line break (CR, LF, U+2028/U+2029) or another control character
/// in them could start a new header in a mail or a new line in a log, so the API refuses them wherever it takes them.
/// </summary>
public static class SingleLineText
{
    public const string Message = "Must not contain line breaks, tabs or other control characters.";

    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Append('\u2028').Append('\u2029').ToArray());

    public static bool IsSingleLine(string? value) =>
        value is null || !value.AsSpan().ContainsAny(Forbidden);
}
