using System.Text.RegularExpressions;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class PatientTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task A_receptionist_creates_a_patient_and_sees_the_phone_normalised()
    {
        var owner = await App.SignUpClinicAsync();
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await SignInAsync(receptionist);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Patients" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "New patient" }).ClickAsync();
        await Page.GetByLabel("Name").FillAsync("Alan Patient");
        await Page.GetByLabel("Phone").FillAsync("0151 1234 5678");
        await Page.GetByLabel("Email").FillAsync("alan@example.com");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create patient" }).ClickAsync();

        await Expect(Page.GetByTestId("saved")).ToContainTextAsync("Patient created.");
        await Expect(Page.GetByTestId("stored-phone")).ToHaveTextAsync("+4915112345678");
        await Expect(Page.GetByTestId("phone")).ToHaveAttributeAsync("href", "tel:+4915112345678");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Alan Patient" })).ToBeVisibleAsync();
        await SaveScreenshotAsync("patient-page");
    }

    [Fact]
    public async Task A_duplicate_phone_is_said_next_to_the_phone_and_nothing_typed_is_lost()
    {
        var owner = await App.SignUpClinicAsync();
        await owner.AddPatientAsync("First Holder", "+4915111111111");
        await SignInAsync(owner);

        await Page.GotoAsync("/patients/new");
        await Page.GetByLabel("Name").FillAsync("Second Holder");
        await Page.GetByLabel("Phone").FillAsync("+49 151 11111111");
        await Page.GetByLabel("Email").FillAsync("second@example.com");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create patient" }).ClickAsync();

        await Expect(Page.GetByTestId("problem-banner")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync("Reference for support");
        await Expect(Page.GetByLabel("Name")).ToHaveValueAsync("Second Holder");
        await Expect(Page.GetByLabel("Phone")).ToHaveValueAsync("+49 151 11111111");
        await Expect(Page.GetByLabel("Email")).ToHaveValueAsync("second@example.com");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Create patient" })).ToBeEnabledAsync();
    }

    [Fact]
    public async Task The_submit_button_is_disabled_while_the_form_is_being_sent()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);
        await Page.GotoAsync("/patients/new");
        // When the page is left for the server's answer, note which submit buttons were disabled by then.
        await Page.AddInitScriptAsync("""
            window.addEventListener('pagehide', () => sessionStorage.setItem('disabled-while-sending', JSON.stringify(
              [...document.querySelectorAll('button[type=submit]')].filter(b => b.disabled).map(b => b.textContent.trim()))));
            """);
        await Page.ReloadAsync();
        await Page.GetByLabel("Name").FillAsync("Dora Double");
        await Page.GetByLabel("Phone").FillAsync("+4915105050505");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Create patient" }).ClickAsync();

        await Expect(Page.GetByTestId("stored-phone")).ToHaveTextAsync("+4915105050505");
        Assert.Equal("[\"Create patient\"]", await Page.EvaluateAsync<string>("sessionStorage.getItem('disabled-while-sending')"));
        var found = await owner.GetJsonAsync("/api/patients?search=Dora");
        Assert.Equal(1, found.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_invalid_phone_is_explained_next_to_the_phone_field()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);

        await Page.GotoAsync("/patients/new");
        await Page.GetByLabel("Name").FillAsync("Nora Number");
        await Page.GetByLabel("Phone").FillAsync("12");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create patient" }).ClickAsync();

        await Expect(Page.Locator("#phone")).ToHaveClassAsync(new Regex("is-invalid"));
        await Expect(Page.Locator(".validation-message")).Not.ToHaveCountAsync(0);
        await Expect(Page.GetByLabel("Name")).ToHaveValueAsync("Nora Number");
    }

    [Fact]
    public async Task Patients_are_found_by_name_phone_or_email_and_paged()
    {
        var owner = await App.SignUpClinicAsync();
        for (var i = 0; i < 27; i++)
        {
            await owner.AddPatientAsync($"Pager Person {i:00}", $"+49151222{i:00000}");
        }

        await owner.AddPatientAsync("Zelda Unique", "+4915133344455", "zelda@example.com");
        await SignInAsync(owner);

        await Page.GotoAsync("/patients");
        await Expect(Page.GetByText("28 patient(s)")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Page 1 of 2")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Expect(Page.GetByText("Page 2 of 2")).ToBeVisibleAsync();
        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(3);

        foreach (var term in new[] { "Zelda", "4915133344455", "zelda@example" })
        {
            await Page.GetByLabel("Search by name, phone or email").FillAsync(term);
            await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(1);
            await Expect(Page.Locator("tbody")).ToContainTextAsync("Zelda Unique");
        }

        await SaveScreenshotAsync("patients");
    }

    [Fact]
    public async Task Editing_a_patient_shows_the_stored_phone_after_saving()
    {
        var owner = await App.SignUpClinicAsync();
        var patient = await owner.AddPatientAsync("Edith Edit", "+4915144455566");
        await SignInAsync(owner);

        await Page.GotoAsync($"/patients/{patient}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Page.GetByLabel("Phone").FillAsync("0151 4445 5577");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(Page.GetByTestId("saved")).ToContainTextAsync("Changes saved.");
        await Expect(Page.GetByTestId("stored-phone")).ToHaveTextAsync("+4915144455577");
    }

    [Fact]
    public async Task Deleting_a_patient_with_appointments_is_refused_with_the_apis_reason()
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var patient = await owner.AddPatientAsync("Bea Booked", "+4915155566677");
        await owner.BookAsync(doctor, patient, ApiArrange.DaysAhead(3, 10));
        await SignInAsync(owner);

        await Page.GotoAsync($"/patients/{patient}");
        await Expect(Page.GetByText("Dr Grace Hopper")).ToBeVisibleAsync();
        await Page.GetByText("Delete this patient…").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete patient" }).ClickAsync();

        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync("The patient has appointments and cannot be deleted.");
        var stillThere = await owner.GetJsonAsync($"/api/patients/{patient}");
        Assert.Equal("Bea Booked", stillThere.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_patient_without_appointments_can_be_deleted()
    {
        var owner = await App.SignUpClinicAsync();
        var patient = await owner.AddPatientAsync("Dan Deleted", "+4915166677788");
        await SignInAsync(owner);

        await Page.GotoAsync($"/patients/{patient}");
        await Page.GetByText("Delete this patient…").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete patient" }).ClickAsync();

        await Expect(Page.GetByText("Patient deleted.")).ToBeVisibleAsync();
        using var gone = await owner.Api.GetAsync($"/api/patients/{patient}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
    }
}
