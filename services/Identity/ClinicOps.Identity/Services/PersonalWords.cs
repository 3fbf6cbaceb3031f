namespace ClinicOps.Identity.Services;

/// <summary>What a password must not contain: the user's own email, name and clinic name.</summary>
public sealed record PersonalWords(string? Email, string? Name, string? ClinicName)
{
    /// <summary>Letters and digits only, lower case: "Ann O'Neil" and "ann-oneil" both read "annoneil".</summary>
    public static string Simplify(string? text) =>
        new((text ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Every whole value and each word of it, for the strength estimate's own dictionary of user words.</summary>
    public IEnumerable<string> AsDictionary() =>
        new[] { Email, Email?.Split('@')[0], Name, ClinicName }
            .Concat((Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat((ClinicName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OfType<string>()
            .Select(word => word.ToLowerInvariant())
            .Where(word => word.Length >= 3)
            .Distinct();
}
