using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Billing.Tests;

/// <summary>A payment recorded without an amount takes the price of the appointment's type, as billing learnt it.</summary>
[Collection(BillingCollection.Name)]
public sealed class PriceTests(BillingApp app)
{
    private async Task<(HttpClient Client, Contracts.Scheduling.AppointmentScheduled Booked)> BookedAtAsync(decimal? price)
    {
        var clinicId = await app.NewClinicAsync();
        var booked = Events.Scheduled(clinicId) with
        {
            AppointmentTypeId = price is null ? null : Guid.CreateVersion7(),
            AppointmentTypeName = price is null ? null : "Check-up",
            Price = price,
        };
        await app.PublishAsync(booked);
        return (app.ClientFor(clinicId), booked);
    }

    [Fact]
    public async Task A_payment_without_an_amount_takes_the_price_the_booking_event_carried()
    {
        var (client, booked) = await BookedAtAsync(80.5m);

        using var response = await client.PostPaymentAsync(booked.AppointmentId, new { method = "card", status = "paid" });

        var payment = await response.ReadAsync<PaymentResponse>(HttpStatusCode.Created);
        Assert.Equal((80.50m, "EUR", "paid"), (payment.Amount, payment.Currency, payment.Status));
        Assert.Contains("\"amount\":80.50", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amount_given_wins_over_the_price()
    {
        var (client, booked) = await BookedAtAsync(80m);

        var payment = await client.RecordPaymentAsync(booked.AppointmentId, 30m);

        Assert.Equal(30.00m, payment.Amount);
    }

    [Fact]
    public async Task Moving_the_appointment_to_another_type_brings_its_price()
    {
        var (client, booked) = await BookedAtAsync(80m);
        await app.PublishAsync(Events.Rescheduled(booked, 2, booked.DoctorId) with
        {
            AppointmentTypeId = Guid.CreateVersion7(), AppointmentTypeName = "Long visit", Price = 120m,
        });

        using var response = await client.PostPaymentAsync(booked.AppointmentId, new { method = "cash" });

        Assert.Equal(120.00m, (await response.ReadAsync<PaymentResponse>(HttpStatusCode.Created)).Amount);
    }

    [Theory]
    [InlineData(null, "amount is required: this appointment has no price to take it from.")]
    [InlineData(0.0, "amount is required: this appointment's type is free (price 0).")]
    public async Task Without_a_price_to_take_a_payment_needs_its_amount_and_the_400_says_so(double? price, string message)
    {
        var (client, booked) = await BookedAtAsync((decimal?)price);

        using var response = await client.PostPaymentAsync(booked.AppointmentId, new { method = "cash" }, Guid.NewGuid().ToString());

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "amount");
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("amount")[0].GetString());
        Assert.Empty(await client.GetFromJsonAsync<List<PaymentResponse>>($"/api/appointments/{booked.AppointmentId}/payments") ?? []);
    }

    [Fact]
    public async Task A_retry_without_an_amount_replays_the_first_answer()
    {
        var (client, booked) = await BookedAtAsync(45m);
        var key = Guid.NewGuid().ToString();

        using var first = await client.PostPaymentAsync(booked.AppointmentId, new { method = "cash" }, key);
        using var again = await client.PostPaymentAsync(booked.AppointmentId, new { method = "cash" }, key);
        using var other = await client.PostPaymentAsync(booked.AppointmentId, new { amount = 45m, method = "cash" }, key);

        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Single(await client.GetFromJsonAsync<List<PaymentResponse>>($"/api/appointments/{booked.AppointmentId}/payments") ?? []);
    }

    [Fact]
    public async Task Before_the_booking_event_arrives_the_price_comes_from_scheduling()
    {
        var clinicId = await app.NewClinicAsync();
        var scheduling = app.Scheduling.CreateClientFor(clinicId, "receptionist");
        var booking = await SchedulingApi.BookAsync(scheduling, price: 65.25m);
        await WaitForReplicaAsync(clinicId, booking.AppointmentId);
        await RemoveFromReplicaAsync(clinicId, booking.AppointmentId);

        using var response = await app.ClientFor(clinicId).PostPaymentAsync(booking.AppointmentId, new { method = "card" });

        Assert.Equal(65.25m, (await response.ReadAsync<PaymentResponse>(HttpStatusCode.Created)).Amount);
        Assert.Single(app.Billing.Upstream.To($"/api/appointments/{booking.AppointmentId}"));
    }

    [Fact]
    public async Task A_typed_booking_through_scheduling_reaches_billing_with_its_price()
    {
        var clinicId = await app.NewClinicAsync();
        var booking = await SchedulingApi.BookAsync(app.Scheduling.CreateClientFor(clinicId, "receptionist"), price: 99m);

        await WaitForReplicaAsync(clinicId, booking.AppointmentId);
        using var response = await app.ClientFor(clinicId).PostPaymentAsync(booking.AppointmentId, new { method = "card" });

        Assert.Equal(99.00m, (await response.ReadAsync<PaymentResponse>(HttpStatusCode.Created)).Amount);
        Assert.Empty(app.Billing.Upstream.To($"/api/appointments/{booking.AppointmentId}"));
    }

    private Task WaitForReplicaAsync(Guid clinicId, Guid appointmentId) =>
        Eventually.UntilAsync(() => InReplicaAsync(clinicId, db => db.Appointments.AnyAsync(a => a.Id == appointmentId)),
            $"billing to learn of appointment {appointmentId}");

    private Task RemoveFromReplicaAsync(Guid clinicId, Guid appointmentId) =>
        InReplicaAsync(clinicId, db => db.Appointments.Where(a => a.Id == appointmentId).ExecuteDeleteAsync());

    private async Task<T> InReplicaAsync<T>(Guid clinicId, Func<BillingDbContext, Task<T>> action)
    {
        await using var scope = app.Billing.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
        return await action(scope.ServiceProvider.GetRequiredService<BillingDbContext>());
    }
}
