using System.Globalization;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

/// <summary>The booking page (Appointments → Book appointment); the calendar's booking dialog is the same form.</summary>
public sealed class BookingTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task A_receptionist_books_an_appointment_for_a_new_patient()
    {
        var owner = await App.SignUpClinicAsync();
        await owner.AddDoctorAsync("Dr Grace Hopper");
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        var day = ApiArrange.DaysAhead(4, 0);
        await SignInAsync(receptionist);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Appointments" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Book appointment" }).ClickAsync();
        await WaitInteractiveAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "New patient" }).ClickAsync();
        await Page.Locator("#new-patient-name").FillAsync("Nina New");
        await Page.Locator("#new-patient-phone").FillAsync("0151 9876 5432");
        await FillWhenAsync(day, "14:30", 45);
        await Page.GetByLabel("Notes").FillAsync("First visit");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Appointment booked.");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Nina New with Dr Grace Hopper" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("when")).ToContainTextAsync("14:30");
        await Expect(Page.GetByTestId("when")).ToContainTextAsync("15:15");
        await Expect(Page.GetByTestId("notes")).ToHaveTextAsync("First visit");
        await Expect(Page.Locator("[data-status=scheduled]")).ToContainTextAsync("Scheduled");
        await SaveScreenshotAsync("appointment-page");

        var patients = await owner.GetJsonAsync("/api/patients?search=Nina");
        Assert.Equal("+4915198765432", patients.GetProperty("items")[0].GetProperty("phone").GetString());
    }

    [Fact]
    public async Task A_patient_found_by_search_is_booked_with_a_type_and_the_booking_shows_in_the_list()
    {
        var owner = await App.SignUpClinicAsync();
        await owner.AddDoctorAsync("Dr Alan Turing", "Neurology");
        await owner.AddPatientAsync("Olga Known", "+4915112121212", "olga@example.com");
        await owner.AddTypeAsync("Consultation", 20, 60m, "#8A2BE2");
        var day = ApiArrange.DaysAhead(5, 0);
        await SignInAsync(owner);

        await Page.GotoAsync("/appointments/new");
        await WaitInteractiveAsync();
        await Expect(Page.GetByLabel("Duration (minutes)")).ToHaveValueAsync("20");
        await Page.GetByLabel("Find a patient by name, phone or email").FillAsync("olga@");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Olga Known" }).ClickAsync();
        await Page.Locator("#booking-date").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.Locator("#booking-time").FillAsync("09:15");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Appointment booked.");
        await Expect(Page.GetByTestId("type")).ToHaveTextAsync("Consultation, 60.00 EUR");

        await Page.GotoAsync($"/appointments?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("tbody")).ToContainTextAsync("Olga Known");
        await Expect(Page.Locator("tbody")).ToContainTextAsync("Dr Alan Turing");
        await Expect(Page.Locator("tbody")).ToContainTextAsync("09:15");
        await SaveScreenshotAsync("appointments");
    }

    [Fact]
    public async Task A_slot_that_is_taken_is_refused_in_words_and_the_new_patient_is_not_typed_twice()
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Double Booked");
        var first = await owner.AddPatientAsync("Early Bird", "+4915134343434");
        var startsAt = ApiArrange.DaysAhead(3, 11);
        await owner.BookAsync(doctor, first, startsAt, 60);
        await SignInAsync(owner);

        await Page.GotoAsync("/appointments/new");
        await WaitInteractiveAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "New patient" }).ClickAsync();
        await Page.Locator("#new-patient-name").FillAsync("Late Comer");
        await Page.Locator("#new-patient-phone").FillAsync("+4915156565656");
        await FillWhenAsync(startsAt, "11:30", 30);
        await Page.GetByLabel("Notes").FillAsync("Wants mornings");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        await Expect(Page.GetByTestId("refusal")).ToContainTextAsync("That time is no longer free");
        await Expect(Page.GetByTestId("refusal")).ToContainTextAsync("Reference for support");
        await Expect(Page.GetByTestId("chosen-patient")).ToContainTextAsync("Late Comer");
        await Expect(Page.Locator("#booking-time")).ToHaveValueAsync("11:30");
        await Expect(Page.GetByLabel("Notes")).ToHaveValueAsync("Wants mornings");
        await Expect(Page.GetByTestId("free-times").GetByRole(AriaRole.Button).First).ToContainTextAsync("12:00");

        // Another time works without typing the patient again.
        await Page.Locator("#booking-time").FillAsync("13:00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Appointment booked.");
        var latecomers = await owner.GetJsonAsync("/api/patients?search=Late%20Comer");
        Assert.Equal(1, latecomers.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_booking_in_the_past_is_refused_next_to_the_date()
    {
        var owner = await App.SignUpClinicAsync();
        await owner.AddDoctorAsync("Dr Time Keeper");
        await owner.AddPatientAsync("Pam Past", "+4915178787878");
        await SignInAsync(owner);

        await Page.GotoAsync("/appointments/new");
        await WaitInteractiveAsync();
        await Page.GetByLabel("Find a patient by name, phone or email").FillAsync("Pam");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Pam Past" }).ClickAsync();
        await FillWhenAsync(ApiArrange.DaysAhead(-2, 0), "10:00", 30);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        await Expect(Page.Locator("#booking-date")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await Expect(Page.GetByTestId("chosen-patient")).ToContainTextAsync("Pam Past");
    }

    [Fact]
    public async Task Booking_without_choosing_a_patient_says_what_is_missing()
    {
        var owner = await App.SignUpClinicAsync();
        await owner.AddDoctorAsync("Dr Only One");
        await SignInAsync(owner);

        await Page.GotoAsync("/appointments/new");
        await WaitInteractiveAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        await Expect(Page.GetByText("Choose a patient, or add a new patient.")).ToBeVisibleAsync();
    }

    private Task WaitInteractiveAsync() => Expect(Page.Locator("[data-interactive=true]")).ToBeVisibleAsync();

    private async Task FillWhenAsync(DateTimeOffset day, string time, int minutes)
    {
        await Page.Locator("#booking-date").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.Locator("#booking-time").FillAsync(time);
        await Page.GetByLabel("Duration (minutes)").FillAsync(minutes.ToString(CultureInfo.InvariantCulture));
    }
}
