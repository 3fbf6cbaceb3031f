using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class AppointmentActionTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task A_receptionist_reschedules_an_appointment_and_edits_its_notes()
    {
        var (owner, appointment, startsAt) = await ArrangeAsync();
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await SignInAsync(receptionist);
        await Page.GotoAsync($"/appointments/{appointment}");

        await Page.Locator("#reschedule-time").FillAsync("16:45");
        await Page.GetByLabel("Duration (minutes)").FillAsync("20");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Reschedule" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Appointment rescheduled.");
        await Expect(Page.GetByTestId("when")).ToContainTextAsync("16:45");
        await Expect(Page.GetByTestId("when")).ToContainTextAsync("17:05");

        await Page.GetByLabel("Notes for the visit").FillAsync("Bring the X-ray");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Notes saved.");
        await Expect(Page.GetByTestId("notes")).ToHaveTextAsync("Bring the X-ray");

        var stored = await owner.GetJsonAsync($"/api/appointments/{appointment}");
        var expected = new DateTimeOffset(startsAt.Date.AddHours(16).AddMinutes(45), startsAt.Offset);
        Assert.Equal(expected, stored.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(20, stored.GetProperty("durationMinutes").GetInt32());
    }

    [Fact]
    public async Task Cancelling_with_a_reason_shows_it_and_offers_no_more_changes()
    {
        var (owner, appointment, _) = await ArrangeAsync();
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");

        await Page.GetByLabel("Reason (optional)").FillAsync("Patient has the flu");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Cancel appointment" }).ClickAsync();

        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Appointment cancelled.");
        await Expect(Page.Locator("[data-status=cancelled]")).ToContainTextAsync("Cancelled");
        await Expect(Page.GetByTestId("cancel-reason")).ToHaveTextAsync("Patient has the flu");
        await Expect(Page.GetByTestId("closed")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Complete" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Reschedule" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Completing_an_appointment_marks_it_completed_with_a_tick()
    {
        var (owner, appointment, _) = await ArrangeAsync();
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Complete" }).ClickAsync();

        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Appointment completed.");
        await Expect(Page.Locator("[data-status=completed]")).ToContainTextAsync("✓ Completed");
    }

    [Fact]
    public async Task A_visit_that_has_not_started_offers_no_no_show()
    {
        var (owner, appointment, _) = await ArrangeAsync();
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");

        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Complete" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Mark no-show" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_mistaken_booking_is_deleted_and_disappears_from_the_list()
    {
        var (owner, appointment, startsAt) = await ArrangeAsync();
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");

        await Page.GetByText("Delete this booking…").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete booking" }).ClickAsync();

        await Expect(Page.GetByText("The booking was deleted.")).ToBeVisibleAsync();
        await Page.GotoAsync($"/appointments?from={startsAt:yyyy-MM-dd}&to={startsAt:yyyy-MM-dd}");
        await Expect(Page.GetByTestId("empty")).ToBeVisibleAsync();
        using var gone = await owner.Api.GetAsync($"/api/appointments/{appointment}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_stale_edit_is_explained_with_reload_and_reapply_and_nothing_typed_is_lost()
    {
        var (owner, appointment, _) = await ArrangeAsync();
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");

        // Someone else changes the appointment after this page was opened.
        using (var other = await owner.Api.PatchAsJsonAsync($"/api/appointments/{appointment}", new { notes = "Changed at the desk" }))
        {
            other.EnsureSuccessStatusCode();
        }

        await Page.GetByLabel("Notes for the visit").FillAsync("My careful note");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();

        await Expect(Page.GetByTestId("stale")).ToContainTextAsync("Reload and re-apply");
        await Expect(Page.GetByTestId("notes")).ToHaveTextAsync("Changed at the desk");
        await Expect(Page.GetByLabel("Notes for the visit")).ToHaveValueAsync("My careful note");
        var unchanged = await owner.GetJsonAsync($"/api/appointments/{appointment}");
        Assert.Equal("Changed at the desk", unchanged.GetProperty("notes").GetString());

        // Submitting again applies the change knowingly, on the current version.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Notes saved.");
        await Expect(Page.GetByTestId("notes")).ToHaveTextAsync("My careful note");
    }

    [Fact]
    public async Task The_list_filters_by_doctor_status_and_dates()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        var alan = await owner.AddDoctorAsync("Dr Alan Turing");
        var patient = await owner.AddPatientAsync("Fay Filter", "+4915190909090");
        var day = ApiArrange.DaysAhead(6, 9);
        await owner.BookAsync(grace, patient, day);
        var cancelled = await owner.BookAsync(alan, patient, day.AddHours(2));
        await owner.BookAsync(alan, patient, day.AddDays(1));
        using (var cancel = await owner.Api.PostAsJsonAsync($"/api/appointments/{cancelled}/cancel", new { reason = "Clash" }))
        {
            cancel.EnsureSuccessStatusCode();
        }

        await SignInAsync(owner);
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Page.GotoAsync($"/appointments?from={date}&to={date}");
        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(2);

        await Page.GetByLabel("Doctor").SelectOptionAsync(new SelectOptionValue { Label = "Dr Alan Turing" });
        await Page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Cancelled" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("tbody")).ToContainTextAsync("Cancelled");
        await Expect(Page.Locator("tbody")).ToContainTextAsync("Dr Alan Turing");

        await Page.GetByLabel("To", new() { Exact = true }).FillAsync(day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Scheduled" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(Page).ToHaveURLAsync(new Regex("status=scheduled"));
    }

    private async Task<(StaffAccount Owner, Guid Appointment, DateTimeOffset StartsAt)> ArrangeAsync()
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var patient = await owner.AddPatientAsync("Carl Caller", "+4915123232323");
        var startsAt = ApiArrange.DaysAhead(3, 10);
        return (owner, await owner.BookAsync(doctor, patient, startsAt), startsAt);
    }
}
