using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class TenantTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task Clinic_Bs_owner_reaches_none_of_clinic_As_payments_or_reminders_by_url()
    {
        var zone = DaytimeZone.Now();
        var clinicA = await App.SignUpClinicAsync(zone);
        var doctor = await clinicA.AddDoctorAsync("Dr Secret Keeper");
        var patient = await clinicA.AddPatientAsync("Private Payer", "+4915191919191");
        var appointment = await clinicA.BookAsync(doctor, patient, DateTimeOffset.UtcNow.AddDays(2));
        await clinicA.RecordPaymentAsync(appointment, 123.45m, status: "pending", reference: "SECRET-REFERENCE");
        await clinicA.AddReminderAsync(appointment, "call", "upcoming", DateTimeOffset.UtcNow.AddHours(1), "Secret call note");
        var clinicB = await App.SignUpClinicAsync(zone);
        await SignInAsync(clinicB);

        var response = await Page.GotoAsync($"/appointments/{appointment}");
        Assert.Equal(404, response!.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
        await AssertNothingOfClinicAAsync();

        foreach (var path in new[] { "/payments", "/payments?status=pending", "/calls", "/dashboard" })
        {
            await Page.GotoAsync(path);
            await Expect(Page.GetByTestId("clinic-name")).ToHaveTextAsync(clinicB.ClinicName);
            await AssertNothingOfClinicAAsync();
        }

        await Page.GotoAsync("/payments");
        await Expect(Page.GetByTestId("empty")).ToBeVisibleAsync();
        await Page.GotoAsync("/calls");
        await Expect(Page.GetByTestId("no-calls")).ToBeVisibleAsync();
    }

    private async Task AssertNothingOfClinicAAsync()
    {
        var html = await Page.ContentAsync();
        foreach (var secret in new[] { "Private Payer", "+4915191919191", "Dr Secret Keeper", "SECRET-REFERENCE", "Secret call note", "123.45" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }
    }
}
