namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>One request and the answer it got, as text: what the leak scan reads.</summary>
public sealed record Exchange(string Request, int Status, string Headers, string Body)
{
    public string Text => $"{Request} -> {Status}{Environment.NewLine}{Headers}{Environment.NewLine}{Body}";
}
