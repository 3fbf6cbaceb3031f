using System.Net;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Billing.Tests;

[Collection(BillingCollection.Name)]
public sealed class PaymentQueryTests(BillingApp app)
{
    [Fact]
    public async Task A_payment_is_read_by_id()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId, "doctor");
        var payment = await client.RecordPaymentAsync(booked.AppointmentId, 12.3m);

        var read = await (await client.GetAsync($"/api/payments/{payment.Id}")).ReadAsync<PaymentResponse>();

        Assert.Equal(payment, read);
    }

    [Fact]
    public async Task Another_clinics_payment_answers_404_like_a_missing_one()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var payment = await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId);
        var other = app.ClientFor(await app.NewClinicAsync());

        await (await other.GetAsync($"/api/payments/{payment.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/payments/{Guid.CreateVersion7()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_appointments_payments_are_listed_as_a_plain_array_oldest_first()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var otherAppointment = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId);
        var first = await client.RecordPaymentAsync(booked.AppointmentId, 10m);
        var second = await client.RecordPaymentAsync(booked.AppointmentId, 20m, "cash", "paid");
        await client.RecordPaymentAsync(otherAppointment.AppointmentId, 30m);

        var listed = await (await client.GetAsync($"/api/appointments/{booked.AppointmentId}/payments")).ReadAsync<List<PaymentResponse>>();

        Assert.Equal([first, second], listed);
    }

    [Fact]
    public async Task An_appointment_without_payments_lists_none()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);

        var listed = await (await app.ClientFor(clinicId).GetAsync($"/api/appointments/{booked.AppointmentId}/payments")).ReadAsync<List<PaymentResponse>>();

        Assert.Empty(listed);
    }

    [Fact]
    public async Task Listing_another_clinics_appointments_payments_answers_404()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId);
        var other = app.ClientFor(await app.NewClinicAsync());

        using var response = await other.GetAsync($"/api/appointments/{booked.AppointmentId}/payments");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_payment_list_is_paged_newest_first_and_holds_only_the_callers_clinic()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId);
        var payments = new List<PaymentResponse>();
        for (var i = 1; i <= 3; i++)
        {
            payments.Add(await client.RecordPaymentAsync(booked.AppointmentId, i));
        }

        var otherClinic = await app.NewClinicAsync();
        await app.ClientFor(otherClinic).RecordPaymentAsync((await app.BookAsync(otherClinic)).AppointmentId);

        var page1 = await (await client.GetAsync("/api/payments?page=1&pageSize=2")).ReadAsync<PagedResult<PaymentResponse>>();
        var page2 = await (await client.GetAsync("/api/payments?page=2&pageSize=2")).ReadAsync<PagedResult<PaymentResponse>>();

        Assert.Equal((1, 2, 3), (page1.Page, page1.PageSize, page1.TotalCount));
        Assert.Equal([payments[2], payments[1]], page1.Items);
        Assert.Equal([payments[0]], page2.Items);
    }

    [Fact]
    public async Task The_payment_list_filters_by_status()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId);
        await client.RecordPaymentAsync(booked.AppointmentId, 1m, status: "pending");
        var paid = await client.RecordPaymentAsync(booked.AppointmentId, 2m, status: "paid");

        var page = await (await client.GetAsync("/api/payments?status=paid")).ReadAsync<PagedResult<PaymentResponse>>();

        Assert.Equal([paid], page.Items);
    }

    [Fact]
    public async Task The_payment_list_filters_by_creation_time_from_inclusive_to_exclusive()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId);
        var early = await client.RecordPaymentAsync(booked.AppointmentId, 1m);
        var middle = await client.RecordPaymentAsync(booked.AppointmentId, 2m);
        var late = await client.RecordPaymentAsync(booked.AppointmentId, 3m);

        var from = Uri.EscapeDataString(middle.CreatedAt.ToOffset(TimeSpan.FromHours(2)).ToString("O"));
        var to = Uri.EscapeDataString(late.CreatedAt.ToString("O"));
        var page = await (await client.GetAsync($"/api/payments?from={from}&to={to}")).ReadAsync<PagedResult<PaymentResponse>>();
        var fromOnly = await (await client.GetAsync($"/api/payments?from={from}")).ReadAsync<PagedResult<PaymentResponse>>();
        var toOnly = await (await client.GetAsync($"/api/payments?to={to}")).ReadAsync<PagedResult<PaymentResponse>>();

        Assert.Equal([middle], page.Items);
        Assert.Equal([late, middle], fromOnly.Items);
        Assert.Equal([middle, early], toOnly.Items);
    }

    [Theory]
    [InlineData("status=done", "status")]
    [InlineData("status=PAID", "status")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task An_invalid_list_filter_answers_400_naming_it(string query, string field)
    {
        var client = app.ClientFor(await app.NewClinicAsync());

        using var response = await client.GetAsync($"/api/payments?{query}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("from=yesterday")]
    [InlineData("to=2026-13-45")]
    [InlineData("page=one")]
    public async Task A_list_filter_that_does_not_parse_answers_400(string query)
    {
        var client = app.ClientFor(await app.NewClinicAsync());

        using var response = await client.GetAsync($"/api/payments?{query}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
