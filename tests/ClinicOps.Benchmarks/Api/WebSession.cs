using System.Net;
using System.Text.RegularExpressions;

namespace ClinicOps.Benchmarks.Api;

/// <summary>
/// A browser's conversation with the staff web app through the gateway, without a browser: the sign-in form posted as
/// a browser posts it (with its anti-forgery token), the session cookie kept, and pages fetched whole. What it times is
/// the server's part of showing a page — the HTML, rendered from the API's answers — which is what a clinic's size can
/// slow down; the page's static files are the same for every clinic and cached by the browser.
/// </summary>
public sealed partial class WebSession : IDisposable
{
    private readonly HttpClient _http;

    private WebSession(Uri gateway) =>
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = gateway,
            Timeout = TimeSpan.FromSeconds(30),
        };

    public static async Task<WebSession> SignInAsync(Uri gateway, OwnerCredentials owner, CancellationToken cancellationToken)
    {
        var session = new WebSession(gateway);
        try
        {
            var form = await session._http.GetStringAsync("/signin", cancellationToken);
            var token = AntiforgeryToken().Match(form);
            if (!token.Success)
            {
                throw new InvalidOperationException("The web app's sign-in page carries no anti-forgery token.");
            }

            using var answer = await session._http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "signin",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value),
                ["Input.Email"] = owner.Email,
                ["Input.Password"] = owner.Password,
            }), cancellationToken);
            if (answer.StatusCode != HttpStatusCode.Redirect && answer.StatusCode != HttpStatusCode.SeeOther)
            {
                throw new InvalidOperationException($"Signing in to the web app answered {(int)answer.StatusCode}, not a redirect to the app.");
            }

            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Fetches a page whole; answers its status (a redirect to /signin would mean the session was lost).</summary>
    public async Task<HttpStatusCode> GetPageAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return response.StatusCode;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*?value="(?<value>[^"]+)"|value="(?<value>[^"]+)"[^>]*?name="__RequestVerificationToken"[^>]*""")]
    private static partial Regex AntiforgeryToken();
}
