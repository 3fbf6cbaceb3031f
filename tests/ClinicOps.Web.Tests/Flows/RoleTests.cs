using System.Text.RegularExpressions;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class RoleTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Theory]
    [InlineData("receptionist")]
    [InlineData("doctor")]
    public async Task Staff_who_are_not_owners_see_the_doctors_but_are_not_offered_managing_them(string role)
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Kept Safe");
        var staff = await App.AddStaffAsync(owner, role, $"Sam {role}");
        await SignInAsync(staff);

        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Patients" })).ToBeVisibleAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Doctors" }).ClickAsync();
        await Expect(Page.Locator("tbody")).ToContainTextAsync("Dr Kept Safe");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "New doctor" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Edit Dr Kept Safe" })).ToHaveCountAsync(0);

        await Page.GotoAsync($"/doctors/{doctor}/edit");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
        await Expect(Page.Locator("body")).Not.ToContainTextAsync("Dr Kept Safe");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Delete doctor" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_owner_is_offered_doctor_management()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);

        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true });
        await menu.GetByRole(AriaRole.Link, new() { Name = "Doctors" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/doctors$"));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "New doctor" })).ToBeVisibleAsync();
    }
}
