using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class DoctorTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task An_owner_adds_edits_and_deletes_a_doctor()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Doctors" }).ClickAsync();
        await Expect(Page.GetByTestId("empty")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "New doctor" }).ClickAsync();
        await Page.GetByLabel("Name").FillAsync("Dr Ada Lovelace");
        await Page.GetByLabel("Specialization").FillAsync("Cardiology");
        await Page.GetByLabel("Email").FillAsync("ada@clinic.example");
        await Page.GetByLabel("Phone").FillAsync("+4930123456");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create doctor" }).ClickAsync();

        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("tbody")).ToContainTextAsync("Cardiology");
        await SaveScreenshotAsync("doctors");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit Dr Ada Lovelace" }).ClickAsync();
        await Page.GetByLabel("Specialization").FillAsync("Paediatrics");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(Page.GetByText("Changes saved.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Specialization")).ToHaveValueAsync("Paediatrics");

        await Page.GetByText("Delete this doctor…").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete doctor" }).ClickAsync();
        await Expect(Page.GetByText("Doctor deleted.")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Deleting_a_doctor_with_appointments_is_refused_with_the_apis_reason()
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Busy Bee");
        var patient = await owner.AddPatientAsync("Pat Booked", "+4915177788899");
        await owner.BookAsync(doctor, patient, ApiArrange.DaysAhead(2, 11));
        await SignInAsync(owner);

        await Page.GotoAsync($"/doctors/{doctor}/edit");
        await Page.GetByText("Delete this doctor…").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete doctor" }).ClickAsync();

        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync("The doctor has appointments and cannot be deleted.");
    }

    [Fact]
    public async Task A_doctor_without_a_name_is_refused_next_to_the_name_and_the_rest_is_kept()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);

        await Page.GotoAsync("/doctors/new");
        await Page.GetByLabel("Specialization").FillAsync("Dermatology");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create doctor" }).ClickAsync();

        await Expect(Page.Locator("#name")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await Expect(Page.GetByLabel("Specialization")).ToHaveValueAsync("Dermatology");
    }
}
