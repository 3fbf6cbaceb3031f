using System.Text.RegularExpressions;
using ClinicOps.IntegrationTests.Security.Infrastructure;

namespace ClinicOps.IntegrationTests.Security.Leaks;

/// <summary>Finds secrets where they must not be: passwords, bcrypt hashes, refresh tokens, stack traces.</summary>
public static partial class LeakScan
{
    private static readonly string[] IssuingRoutes = ["POST /api/clinics", "POST /api/auth/login", "POST /api/auth/refresh"];

    /// <summary>
    /// Answers that show a password, a bcrypt hash or a stack trace; or a refresh token anywhere but in the one answer of
    /// sign-up, login or refresh that issued it.
    /// </summary>
    public static IEnumerable<string> InAnswers(IReadOnlyList<Exchange> exchanges, IReadOnlyList<string> passwords, IReadOnlyList<string> refreshTokens)
    {
        foreach (var exchange in exchanges)
        {
            var text = exchange.Text;
            foreach (var password in passwords.Where(p => text.Contains(p, StringComparison.Ordinal)))
            {
                yield return $"{exchange.Request} -> {exchange.Status} shows the password {password}";
            }

            if (BcryptHash().Match(text) is { Success: true } hash)
            {
                yield return $"{exchange.Request} -> {exchange.Status} shows a password hash {hash.Value}";
            }

            if (StackTraces.InResponse(exchange.Body) is { } trace)
            {
                yield return $"{exchange.Request} -> {exchange.Status} shows a stack trace: {trace}";
            }
        }

        foreach (var token in refreshTokens)
        {
            var showing = exchanges.Where(e => e.Text.Contains(token, StringComparison.Ordinal)).ToList();
            var issued = showing.Count(e => e.Status is 200 or 201 && IssuingRoutes.Any(r => e.Request.StartsWith(r, StringComparison.Ordinal)));
            if (showing.Count != 1 || issued != 1)
            {
                yield return $"the refresh token {token[..Math.Min(8, token.Length)]}… is shown by {showing.Count} answers " +
                    $"({string.Join(", ", showing.Select(e => $"{e.Request} -> {e.Status}"))}); only the one that issued it may";
            }
        }
    }

    /// <summary>Log lines that show a password, a bcrypt hash or a refresh token.</summary>
    public static IEnumerable<string> InLog(string source, IEnumerable<string> lines, IReadOnlyList<string> passwords, IReadOnlyList<string> refreshTokens)
    {
        foreach (var line in lines)
        {
            foreach (var secret in passwords.Concat(refreshTokens).Where(s => line.Contains(s, StringComparison.Ordinal)))
            {
                yield return $"{source} shows {(passwords.Contains(secret) ? "the password" : "a refresh token")} {secret[..Math.Min(8, secret.Length)]}…: {line}";
            }

            if (BcryptHash().Match(line) is { Success: true } hash)
            {
                yield return $"{source} shows a password hash {hash.Value}: {line}";
            }
        }
    }

    [GeneratedRegex(@"\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}")]
    private static partial Regex BcryptHash();
}
