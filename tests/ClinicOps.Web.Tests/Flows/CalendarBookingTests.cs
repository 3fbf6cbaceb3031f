using System.Globalization;
using System.Text.Json;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class CalendarBookingTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task A_receptionist_clicks_a_free_slot_and_books_it_for_a_patient_found_as_she_types()
    {
        var (owner, grace, _) = await ClinicAsync();
        await owner.AddPatientAsync("Olga Known", "+4915122000001", "olga@example.com");
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        var tomorrow = ApiArrange.ClinicDate(1);
        var calendar = new CalendarPage(Page);
        await SignInAsync(receptionist);
        await calendar.OpenAsync(tomorrow);

        await calendar.Slot("10:00", "Dr Grace Hopper").ClickAsync();

        var dialog = calendar.Dialog;
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Combobox, new() { Name = "Doctor", Exact = true })).ToHaveValueAsync(grace.ToString());
        await Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Date", Exact = true })).ToHaveValueAsync(tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Time", Exact = true })).ToHaveValueAsync("10:00");
        await Expect(dialog.GetByLabel("Appointment type")).ToContainTextAsync("Check-up (45 min)");
        await Expect(dialog.GetByLabel("Duration (minutes)")).ToHaveValueAsync("45");
        await Expect(dialog.GetByTestId("price")).ToHaveTextAsync("Price: 80.00 EUR");
        await Expect(dialog.GetByLabel("Find a patient by name, phone or email")).ToBeFocusedAsync();

        await dialog.GetByLabel("Appointment type").SelectOptionAsync(new SelectOptionValue { Label = "Vaccination (15 min)" });
        await Expect(dialog.GetByLabel("Duration (minutes)")).ToHaveValueAsync("15");
        await Expect(dialog.GetByTestId("price")).ToHaveTextAsync("Price: 25.50 EUR");
        await dialog.GetByLabel("Find a patient by name, phone or email").FillAsync("olga@");
        await Expect(dialog.GetByTestId("patient-search-status")).ToHaveTextAsync("1 patient found.");
        await SaveScreenshotAsync("booking-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Olga Known" }).ClickAsync();
        await dialog.GetByLabel("Notes").FillAsync("Travel vaccine");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("booked")).ToContainTextAsync("Booked: Olga Known with Dr Grace Hopper");
        await Expect(calendar.Block("Olga Known")).ToContainTextAsync("10:00–10:15");
        await Expect(calendar.Block("Olga Known")).ToContainTextAsync("Vaccination");
        var booked = await OnlyAppointmentAsync(owner, grace);
        Assert.Equal("Vaccination", booked.GetProperty("appointmentTypeName").GetString());
        Assert.Equal(25.5m, booked.GetProperty("price").GetDecimal());
        Assert.Equal("Travel vaccine", booked.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task A_receptionist_books_the_next_free_slot_for_a_new_patient()
    {
        var (owner, grace, _) = await ClinicAsync();
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        var today = ApiArrange.ClinicDate(0);
        var free = await owner.GetJsonAsync(
            $"/api/availability?doctorId={grace}&from={today:yyyy-MM-dd}&to={today.AddDays(13):yyyy-MM-dd}&durationMinutes=45");
        var next = free.GetProperty("items")[0].GetProperty("startsAt").GetDateTimeOffset();
        var calendar = new CalendarPage(Page);
        await SignInAsync(receptionist);
        await calendar.WaitInteractiveAsync();

        await calendar.ClickAsync("Book appointment");
        var dialog = calendar.Dialog;
        await dialog.GetByRole(AriaRole.Combobox, new() { Name = "Doctor", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Dr Grace Hopper — General practice" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Find the next free 45 minutes with Dr Grace Hopper" }).ClickAsync();
        await dialog.GetByTestId("free-times").GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(dialog.GetByTestId("free-times").GetByRole(AriaRole.Button).First).ToHaveAttributeAsync("aria-pressed", "true");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "New patient" }).ClickAsync();
        await dialog.Locator("#new-patient-name").FillAsync("Nina New");
        await dialog.Locator("#new-patient-phone").FillAsync("0151 2200 0099");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        await Expect(Page.GetByTestId("booked")).ToContainTextAsync("Booked: Nina New with Dr Grace Hopper");
        var booked = await OnlyAppointmentAsync(owner, grace);
        Assert.Equal(next, booked.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(45, booked.GetProperty("durationMinutes").GetInt32());
        Assert.Equal("Check-up", booked.GetProperty("appointmentTypeName").GetString());
        var patients = await owner.GetJsonAsync("/api/patients?search=Nina");
        Assert.Equal("+4915122000099", patients.GetProperty("items")[0].GetProperty("phone").GetString());
    }

    [Fact]
    public async Task A_slot_taken_a_moment_ago_is_explained_and_the_next_free_times_are_offered()
    {
        var (owner, grace, _) = await ClinicAsync();
        var first = await owner.AddPatientAsync("Fast Fiona", "+4915122000011");
        await owner.AddPatientAsync("Slow Sam", "+4915122000012");
        var tomorrow = ApiArrange.ClinicDate(1);
        var calendar = new CalendarPage(Page);
        await SignInAsync(owner);
        await calendar.OpenAsync(tomorrow);
        await calendar.Slot("10:00", "Dr Grace Hopper").ClickAsync();
        await calendar.ChoosePatientAsync("Slow", "Slow Sam");

        // Someone at the other desk books the same time first.
        await owner.BookAsync(grace, first, ApiArrange.At(tomorrow, 10), 30);
        await calendar.Dialog.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        var refusal = calendar.Dialog.GetByTestId("refusal");
        await Expect(refusal).ToContainTextAsync("That time is no longer free: someone booked it a moment ago.");
        await Expect(refusal).ToContainTextAsync("Reference for support");
        var offered = calendar.Dialog.GetByTestId("free-times").GetByRole(AriaRole.Button);
        await Expect(offered.First).ToContainTextAsync("10:30");
        await Expect(calendar.Dialog.GetByTestId("chosen-patient")).ToContainTextAsync("Slow Sam");
        await offered.First.ClickAsync();
        await calendar.Dialog.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        await Expect(Page.GetByTestId("booked")).ToContainTextAsync("Booked: Slow Sam with Dr Grace Hopper");
        await Expect(calendar.Block("Slow Sam")).ToContainTextAsync("10:30–11:15");
    }

    [Fact]
    public async Task A_booking_outside_working_hours_is_explained_and_an_owner_may_allow_it_for_an_urgent_case()
    {
        var (owner, _, _) = await ClinicAsync();
        await owner.AddPatientAsync("Urgent Ursula", "+4915122000021");
        var tomorrow = ApiArrange.ClinicDate(1);
        var calendar = new CalendarPage(Page);
        await SignInAsync(owner);
        await calendar.OpenAsync(tomorrow);

        // A shaded slot opens the booking with "Allow outside hours" ticked; without it the API refuses the time.
        await calendar.Slot("12:15", "Dr Grace Hopper (outside working hours)").ClickAsync();
        await Expect(calendar.Dialog.GetByLabel("Allow outside hours")).ToBeCheckedAsync();
        await calendar.Dialog.GetByLabel("Allow outside hours").UncheckAsync();
        await calendar.ChoosePatientAsync("Urgent", "Urgent Ursula");
        await calendar.Dialog.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        var refusal = calendar.Dialog.GetByTestId("refusal");
        await Expect(refusal).ToContainTextAsync("That time is outside the doctor's working hours.");
        await Expect(refusal).ToContainTextAsync("tick “Allow outside hours”");
        await Expect(calendar.Dialog.GetByTestId("free-times").GetByRole(AriaRole.Button).First).ToContainTextAsync("13:00");
        await calendar.Dialog.GetByLabel("Allow outside hours").CheckAsync();
        await calendar.Dialog.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        await Expect(Page.GetByTestId("booked")).ToContainTextAsync("Booked: Urgent Ursula with Dr Grace Hopper");
        await Expect(calendar.Block("Urgent Ursula")).ToContainTextAsync("12:15–13:00");
    }

    [Fact]
    public async Task A_doctor_is_offered_only_free_slots_and_no_booking_outside_hours()
    {
        var (owner, _, _) = await ClinicAsync();
        var doctor = await App.AddStaffAsync(owner, "doctor", "Dr Grace's Login");
        var calendar = new CalendarPage(Page);
        await SignInAsync(doctor);
        await calendar.OpenAsync(ApiArrange.ClinicDate(1));

        await Expect(calendar.Slot("12:15", "Dr Grace Hopper (outside working hours)")).ToHaveCountAsync(0);
        await calendar.Slot("10:00", "Dr Grace Hopper").ClickAsync();
        await Expect(calendar.Dialog).ToBeVisibleAsync();
        await Expect(calendar.Dialog.GetByLabel("Allow outside hours")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Esc_closes_the_booking_and_returns_to_the_slot_that_opened_it()
    {
        var (owner, _, _) = await ClinicAsync();
        var calendar = new CalendarPage(Page);
        await SignInAsync(owner);
        await calendar.OpenAsync(ApiArrange.ClinicDate(1));

        var slot = calendar.Slot("11:00", "Dr Grace Hopper");
        await slot.ClickAsync();
        await Expect(calendar.Dialog).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Escape");

        await Expect(calendar.Dialog).ToBeHiddenAsync();
        await Expect(slot).ToBeFocusedAsync();
    }

    /// <summary>
    /// A clinic with Dr Grace Hopper (09:00–12:00 and 13:00–17:00 every day) and Dr Alan Turing (10:00–16:00), and two
    /// appointment types: Check-up (45 minutes, 80.00) and Vaccination (15 minutes, 25.50).
    /// </summary>
    private async Task<(StaffAccount Owner, Guid Grace, Guid Alan)> ClinicAsync()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        var alan = await owner.AddDoctorAsync("Dr Alan Turing", "Neurology");
        await owner.SetDailyHoursAsync(grace, "09:00", "12:00", "13:00", "17:00");
        await owner.SetDailyHoursAsync(alan, "10:00", "16:00");
        await owner.AddTypeAsync("Check-up", 45, 80m, "#1E90FF");
        await owner.AddTypeAsync("Vaccination", 15, 25.5m, "#2E8B57");
        return (owner, grace, alan);
    }

    private static async Task<JsonElement> OnlyAppointmentAsync(StaffAccount owner, Guid doctor)
    {
        var list = await owner.GetJsonAsync($"/api/appointments?doctorId={doctor}&status=scheduled");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        return list.GetProperty("items")[0];
    }
}
