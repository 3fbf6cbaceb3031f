using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

/// <summary>
/// What a role is not offered it does not see; and a post it forges anyway is refused by the API (the web app adds no
/// rule of its own), with the page showing the refusal and nothing changed.
/// </summary>
public sealed class RoleControlTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    private const string Refusal = "Your role does not allow this action.";

    [Fact]
    public async Task A_receptionist_sees_no_refund_users_or_settings_controls_and_a_forged_post_for_them_is_refused_by_the_api()
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var patient = await owner.AddPatientAsync("Fred Forger", "+4915181818181");
        var appointment = await owner.BookAsync(doctor, patient, ApiArrange.DaysAhead(2, 10));
        var paid = await owner.RecordPaymentAsync(appointment, 60.00m);
        var pending = await owner.RecordPaymentAsync(appointment, 25.00m, status: "pending");
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await SignInAsync(receptionist);

        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Payments" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Calls" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Settings" })).ToHaveCountAsync(0);
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToHaveCountAsync(0);

        // Payments: marking is offered, refunding is not; a refund forged into the pending payment's form is refused.
        await Page.GotoAsync($"/appointments/{appointment}");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Mark paid" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Refund…")).ToHaveCountAsync(0);
        await Page.EvaluateAsync("document.querySelector('button[value=mark-paid]').value = 'refund'");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark paid" }).ClickAsync();
        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync(Refusal);
        Assert.Equal("pending", (await owner.GetJsonAsync($"/api/payments/{pending}")).GetProperty("status").GetString());

        // The paid payment has no form for a receptionist at all; a post made up for it reaches the API all the same.
        await ForgeAsync($"payment-{paid}", ("Change.Action", "refund"));
        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync(Refusal);
        Assert.Equal("paid", (await owner.GetJsonAsync($"/api/payments/{paid}")).GetProperty("status").GetString());

        // Clinic settings: shown, not offered; a forged save is refused.
        await Page.GotoAsync("/settings");
        await Expect(Page.GetByTestId("owners-only")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Save settings" })).ToHaveCountAsync(0);
        await ForgeAsync("clinic-settings", ("Model.ClinicName", "Taken Over"), ("Model.TimeZone", "UTC"), ("Model.Currency", "USD"),
            ("Model.SlotStepMinutes", "30"));
        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync(Refusal);
        Assert.Equal(owner.ClinicName, (await owner.GetJsonAsync("/api/clinics/current")).GetProperty("name").GetString());

        // Reminder settings: the same.
        await Page.GotoAsync("/settings/reminders");
        await Expect(Page.GetByTestId("owners-only")).ToBeVisibleAsync();
        await ForgeAsync("reminder-settings", ("Model.LeadTimes", "5"), ("Model.DefaultType", "sms"), ("Model.FollowUpType", "call"));
        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync(Refusal);
        Assert.Equal(1440, (await owner.GetJsonAsync("/api/reminders/settings")).GetProperty("leadTimesMinutes")[0].GetInt32());

        // Users: not listed, not offered; a forged invitation is refused.
        await Page.GotoAsync("/settings/users");
        await Expect(Page.GetByTestId("owners-only")).ToHaveTextAsync("Only the clinic's owners manage users.");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Add user" })).ToHaveCountAsync(0);
        await ForgeAsync("invite-user", ("Invite.Name", "Mallory"), ("Invite.Email", $"mallory-{Guid.CreateVersion7():N}@clinicops.test"),
            ("Invite.Password", WebAppFixture.Password), ("Invite.Role", "owner"));
        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync(Refusal);
        var users = await owner.GetJsonAsync("/api/users");
        Assert.DoesNotContain(users.GetProperty("items").EnumerateArray(), u => u.GetProperty("name").GetString() == "Mallory");
    }

    [Fact]
    public async Task A_doctor_is_offered_neither_money_calls_dashboard_nor_settings()
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await App.AddStaffAsync(owner, "doctor", "Dr Dana Doctor");
        await SignInAsync(doctor);

        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Patients" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Account" })).ToBeVisibleAsync();
        foreach (var item in new[] { "Payments", "Calls", "Dashboard", "Settings" })
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = item })).ToHaveCountAsync(0);
        }
    }

    /// <summary>
    /// Posts the form <paramref name="formName"/> with fields the page never offered this role, as someone editing the
    /// page in their browser could: the page's own form of that name when it has one (hidden, empty), else a new one
    /// carrying the antiforgery token of another form on the page.
    /// </summary>
    private async Task ForgeAsync(string formName, params (string Name, string Value)[] fields)
    {
        await Page.EvaluateAsync("""
            ([formName, fields]) => {
              let form = document.querySelector(`input[name=_handler][value="${formName}"]`)?.form;
              if (!form) {
                form = document.createElement('form');
                form.method = 'post';
                form.append(document.querySelector('input[name=__RequestVerificationToken]').cloneNode());
                fields = [['_handler', formName], ...fields];
                document.body.append(form);
              }
              for (const [name, value] of fields) {
                const input = document.createElement('input');
                input.type = 'hidden';
                input.name = name;
                input.value = value;
                form.appendChild(input);
              }
              form.requestSubmit();
            }
            """, new object[] { formName, fields.Select(f => new[] { f.Name, f.Value }).ToArray() });
        await Page.WaitForLoadStateAsync();
    }
}
