using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// The clinic's name goes into every reminder mail the clinic sends. A name with a line break could end the header it
/// is written in and start another ("Bcc:"), so it never gets in: refused at sign-up and at renaming.
/// </summary>
public sealed class MailHeaderInjectionTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private const string Injected = "Sunrise Clinic\r\nBcc: victim@example.com";

    [Fact]
    public async Task A_clinic_name_with_a_line_break_cannot_add_a_mail_header()
    {
        using var signUp = await AuthCalls.PostAsync(GatewayClients.Create(App), "/api/clinics", new
        {
            clinicName = Injected, timeZone = "Europe/Berlin", currency = "EUR", ownerName = "Olivia Owner",
            email = $"owner-{Guid.CreateVersion7():N}@clinicops.test", password = WholeAppFixture.OwnerPassword,
        });
        var refused = await signUp.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("clinicName", out _), refused.ToString());

        var clinic = await SignUps.SignUpAsync(App);
        var before = (await clinic.Client.GetOkAsync("/api/me")).GetProperty("clinic").GetProperty("name").GetString();
        using var rename = await clinic.Client.SendJsonAsync("PATCH", "/api/clinics/current", new { clinicName = Injected });

        var problem = await rename.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("clinicName", out _), problem.ToString());
        Assert.Equal(before, (await clinic.Client.GetOkAsync("/api/me")).GetProperty("clinic").GetProperty("name").GetString());
    }
}
