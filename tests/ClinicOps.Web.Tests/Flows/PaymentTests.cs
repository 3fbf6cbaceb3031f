using System.Text.RegularExpressions;
using ClinicOps.Testing;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class PaymentTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task A_receptionist_takes_a_card_payment_with_the_amount_taken_from_the_appointment_types_price()
    {
        var (owner, appointment) = await ArrangeAsync(price: 80.00m);
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await SignInAsync(receptionist);
        await Page.GotoAsync($"/appointments/{appointment}");

        await Expect(Page.GetByTestId("no-payments")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Amount (EUR)")).ToHaveValueAsync(new Regex(@"^80(\.00)?$"));
        await Expect(Page.GetByLabel("Method")).ToHaveValueAsync("card");
        await Expect(Page.GetByLabel("Paid now")).ToBeCheckedAsync();
        await Page.GetByLabel("Reference").FillAsync("T-4711");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();

        await Expect(Page.GetByTestId("payment-saved")).ToHaveTextAsync("Payment recorded.");
        var row = Page.GetByTestId("payments").Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("80.00 EUR");
        await Expect(row).ToContainTextAsync("Card");
        await Expect(row).ToContainTextAsync("T-4711");
        await Expect(row.Locator("[data-payment-status=paid]")).ToContainTextAsync("✓ Paid");
        await Expect(Page.Locator("[data-total=paid]")).ToHaveTextAsync("80.00 EUR (1)");
        await SaveScreenshotAsync("appointment-payments");

        var payments = await owner.GetJsonAsync($"/api/appointments/{appointment}/payments");
        var payment = Assert.Single(payments.EnumerateArray());
        Assert.Equal((80.00m, "card", "paid", "T-4711"), (payment.GetProperty("amount").GetDecimal(), payment.GetProperty("method").GetString(),
            payment.GetProperty("status").GetString(), payment.GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task Pending_payments_are_marked_paid_or_failed_and_a_receptionist_is_offered_no_refund()
    {
        var (owner, appointment) = await ArrangeAsync(price: null);
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await SignInAsync(receptionist);
        await Page.GotoAsync($"/appointments/{appointment}");

        await Expect(Page.GetByLabel("Amount (EUR)")).ToHaveValueAsync("");
        await Expect(Page.GetByText("The appointment has no price to take: enter the amount.")).ToBeVisibleAsync();
        await RecordAsync("50", "Cash", pending: true);
        await RecordAsync("20", "Bank transfer", pending: true);
        await Expect(Page.Locator("[data-total=pending]")).ToHaveTextAsync("70.00 EUR (2)");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark paid (50.00 EUR)" }).ClickAsync();
        await Expect(Page.GetByTestId("payment-saved")).ToHaveTextAsync("Payment marked paid.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark failed (20.00 EUR)" }).ClickAsync();
        await Expect(Page.GetByTestId("payment-saved")).ToContainTextAsync("Payment marked failed.");

        await Expect(Page.Locator("[data-total=paid]")).ToHaveTextAsync("50.00 EUR (1)");
        await Expect(Page.Locator("[data-total=failed]")).ToHaveTextAsync("20.00 EUR (1)");
        await Expect(Page.Locator("[data-total=pending]")).ToHaveCountAsync(0);
        await Expect(Page.GetByText("Refund…")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Mark paid" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_payment_the_api_refuses_shows_why_next_to_the_amount_and_keeps_what_was_typed()
    {
        var (owner, appointment) = await ArrangeAsync(price: 10.00m);
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");

        await Page.GetByLabel("Amount (EUR)").FillAsync("12.345");
        await Page.GetByLabel("Reference").FillAsync("kept");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();

        await Expect(Page.Locator("#payment-amount ~ .validation-message")).ToContainTextAsync("2 decimals");
        await Expect(Page.GetByLabel("Reference")).ToHaveValueAsync("kept");
        await Expect(Page.GetByTestId("no-payments")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_double_click_or_a_retried_submit_of_the_payment_form_records_one_payment()
    {
        var (owner, appointment) = await ArrangeAsync(price: 45.50m);
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");
        await Page.GetByLabel("Reference").FillAsync("double");

        // What a double click sends when the first post is still on its way, and what the browser's "resend" sends after:
        // the form as filled in, its idempotency key included, three times.
        var statuses = await Page.EvaluateAsync<int[]>("""
            async () => {
              const form = document.getElementById('payment-amount').form;
              const post = () => fetch(window.location.href, { method: 'POST', body: new URLSearchParams(new FormData(form)) });
              const clicks = await Promise.all([post(), post()]);
              const retry = await post();
              return [...clicks, retry].map(r => r.status);
            }
            """);
        Assert.All(statuses, status => Assert.Equal(200, status));

        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("payments").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("[data-total=paid]")).ToHaveTextAsync("45.50 EUR (1)");
        var payments = await owner.GetJsonAsync($"/api/appointments/{appointment}/payments");
        Assert.Single(payments.EnumerateArray());

        // A new form is a new payment.
        await Page.GetByText("Record a payment").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await Expect(Page.Locator("[data-total=paid]")).ToHaveTextAsync("91.00 EUR (2)");
    }

    [Fact]
    public async Task An_owner_refunds_a_paid_payment_and_the_totals_follow()
    {
        var (owner, appointment) = await ArrangeAsync(price: 80.00m);
        await owner.RecordPaymentAsync(appointment, 80.00m);
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");

        await Page.GetByText("Refund…").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Refund 80.00 EUR" }).ClickAsync();

        await Expect(Page.GetByTestId("payment-saved")).ToHaveTextAsync("Payment refunded.");
        await Expect(Page.Locator("[data-payment-status=refunded]")).ToContainTextAsync("Refunded");
        await Expect(Page.Locator("[data-total=refunded]")).ToHaveTextAsync("80.00 EUR (1)");
        await Expect(Page.GetByText("Refund…")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_payment_is_recorded_with_the_keyboard_alone()
    {
        var (owner, appointment) = await ArrangeAsync(price: 30.00m);
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");

        await TabToAsync("payment-amount");
        await Page.Keyboard.PressAsync("ControlOrMeta+a");
        await Page.Keyboard.TypeAsync("35");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("#payment-method")).ToBeFocusedAsync();
        await TabToAsync("payment-reference");
        await Page.Keyboard.TypeAsync("keyboard");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByTestId("payment-saved")).ToHaveTextAsync("Payment recorded.");
        await Expect(Page.Locator("[data-total=paid]")).ToHaveTextAsync("35.00 EUR (1)");
    }

    [Fact]
    public async Task The_payments_page_filters_by_status_and_dates_pages_through_and_totals_the_range()
    {
        var (owner, appointment) = await ArrangeAsync(price: null);
        for (var i = 0; i < 26; i++)
        {
            await owner.RecordPaymentAsync(appointment, 10.00m, reference: $"R{i:00}");
        }

        await owner.RecordPaymentAsync(appointment, 5.00m, method: "cash", status: "pending");
        await owner.RecordPaymentAsync(appointment, 7.50m, method: "cash", status: "pending");
        await SignInAsync(owner);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Payments" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Payments", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-total=paid]")).ToContainTextAsync("260.00 EUR");
        await Expect(Page.Locator("[data-total=paid]")).ToContainTextAsync("26 payments");
        await Expect(Page.Locator("[data-total=pending]")).ToContainTextAsync("12.50 EUR");
        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(25);
        await Expect(Page.Locator("tbody tr").First).ToContainTextAsync("Pat Payer");
        await SaveScreenshotAsync("payment-list");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(Page.GetByText("Page 2 of 2")).ToBeVisibleAsync();

        await Page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Pending" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("status=pending"));
        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(Page.Locator("[data-total=paid]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-total=pending]")).ToContainTextAsync("12.50 EUR");

        var yesterday = ClinicArrange.TodayIn("Europe/Berlin").AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Page.GetByLabel("From").FillAsync(yesterday);
        await Page.GetByLabel("To", new() { Exact = true }).FillAsync(yesterday);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(Page.GetByTestId("empty")).ToBeVisibleAsync();
        await Expect(Page.GetByText("No payments.")).ToBeVisibleAsync();
    }

    private async Task RecordAsync(string amount, string method, bool pending)
    {
        // The form is folded away once the appointment has a payment.
        if (!await Page.Locator("#payment-amount").IsVisibleAsync())
        {
            await Page.GetByText("Record a payment").ClickAsync();
        }

        await Page.GetByLabel("Amount (EUR)").FillAsync(amount);
        await Page.GetByLabel("Method").SelectOptionAsync(new SelectOptionValue { Label = method });
        await Page.GetByLabel(pending ? "Pending (paid later)" : "Paid now").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await Expect(Page.GetByTestId("payment-saved")).ToHaveTextAsync("Payment recorded.");
    }

    /// <summary>Presses Tab until the element with <paramref name="id"/> has the focus, as a keyboard user would.</summary>
    private async Task TabToAsync(string id)
    {
        await Eventually.UntilAsync(async () =>
        {
            await Page.Keyboard.PressAsync("Tab");
            return await Page.EvaluateAsync<string>("document.activeElement?.id ?? ''") == id;
        }, $"Tab to reach #{id}");
    }

    private async Task<(StaffAccount Owner, Guid Appointment)> ArrangeAsync(decimal? price)
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var patient = await owner.AddPatientAsync("Pat Payer", "+4915133445566");
        var startsAt = ApiArrange.DaysAhead(2, 10);
        var appointment = price is { } amount
            ? await owner.BookTypedAsync(doctor, patient, await owner.AddAppointmentTypeAsync("Check-up", 30, amount), startsAt)
            : await owner.BookAsync(doctor, patient, startsAt);
        return (owner, appointment);
    }
}
