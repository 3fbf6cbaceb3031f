using System.Net;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Model;
using ClinicOps.Billing.Services;
using ClinicOps.Billing.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Billing.Tests;

/// <summary>Billing's appointment replica, fed by scheduling's events through RabbitMQ and the inbox.</summary>
[Collection(BillingCollection.Name)]
public sealed class AppointmentReplicaTests(BillingApp app)
{
    [Fact]
    public async Task A_redelivered_scheduling_event_changes_nothing()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        await app.PublishAsync(Events.Completed(booked, version: 2));

        await app.PublishAsync(booked);

        Assert.Equal(2, app.Consumed.Count(booked.EventId));
        var appointment = await ReplicaAsync(clinicId, booked.AppointmentId);
        Assert.Equal(("completed", 2), (appointment.Status, appointment.Version));
    }

    [Fact]
    public async Task A_stale_event_arriving_out_of_order_is_ignored()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var newDoctor = Guid.CreateVersion7();
        await app.PublishAsync(Events.Completed(booked, version: 3));

        await app.PublishAsync(Events.Rescheduled(booked, version: 2, newDoctor));

        var appointment = await ReplicaAsync(clinicId, booked.AppointmentId);
        Assert.Equal(("completed", 3, booked.DoctorId), (appointment.Status, appointment.Version, appointment.DoctorId));
    }

    [Fact]
    public async Task A_rescheduled_appointments_new_doctor_is_carried_by_later_payments()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var newDoctor = Guid.CreateVersion7();

        await app.PublishAsync(Events.Rescheduled(booked, version: 2, newDoctor));
        await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId);

        var evt = Assert.Single(await Outbox.ReadAsync(app.Billing, clinicId));
        Assert.Equal(newDoctor, evt.Payload.GetProperty("doctorId").GetGuid());
    }

    [Fact]
    public async Task A_cancelled_appointment_is_replicated_and_can_still_take_a_payment()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);

        await app.PublishAsync(Events.Cancelled(booked, version: 2));

        Assert.Equal(("cancelled", 2), await StatusAsync(clinicId, booked.AppointmentId));
        Assert.Equal("pending", (await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId, 15m)).Status);
    }

    [Fact]
    public async Task A_no_show_is_replicated()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);

        await app.PublishAsync(Events.NoShow(booked, version: 2));

        Assert.Equal(("no_show", 2), await StatusAsync(clinicId, booked.AppointmentId));
    }

    [Fact]
    public async Task Payments_for_a_completed_appointment_are_accepted()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        await app.PublishAsync(Events.Completed(booked, version: 2));

        var payment = await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId, 60m, "card", "paid");

        Assert.Equal("paid", payment.Status);
    }

    [Fact]
    public async Task After_AppointmentDeleted_new_payments_answer_404_and_earlier_ones_are_kept_flagged_with_a_warning()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var client = app.ClientFor(clinicId, "owner");
        var earlier = await client.RecordPaymentAsync(booked.AppointmentId, 45m, "cash", "paid");

        await app.PublishAsync(Events.Deleted(booked, version: 2));

        await (await client.PostPaymentAsync(booked.AppointmentId, new { amount = 5m, method = "cash" })).AssertProblemAsync(HttpStatusCode.NotFound);
        var kept = await (await client.GetAsync($"/api/payments/{earlier.Id}")).ReadAsync<PaymentResponse>();
        Assert.Equal(earlier with { AppointmentDeleted = true }, kept);
        Assert.Equal([kept], await (await client.GetAsync($"/api/appointments/{booked.AppointmentId}/payments")).ReadAsync<List<PaymentResponse>>());
        Assert.Contains(app.Billing.Logs.Warnings, w => w.Contains(booked.AppointmentId.ToString()) && w.Contains(earlier.Id.ToString()));
        var refunded = await (await client.PostAsync($"/api/payments/{earlier.Id}/refund", null)).ReadAsync<PaymentResponse>();
        Assert.True(refunded.AppointmentDeleted);
    }

    [Fact]
    public async Task An_appointment_billing_first_hears_of_as_deleted_takes_no_payment()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = Events.Scheduled(clinicId);

        await app.PublishAsync(Events.Deleted(booked, version: 2));

        using var response = await app.ClientFor(clinicId).PostPaymentAsync(booked.AppointmentId, new { amount = 5m, method = "cash" });
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.True((await ReplicaAsync(clinicId, booked.AppointmentId)).Deleted);
    }

    private async Task<(string Status, int Version)> StatusAsync(Guid clinicId, Guid appointmentId)
    {
        var appointment = await ReplicaAsync(clinicId, appointmentId);
        return (appointment.Status, appointment.Version);
    }

    private async Task<Appointment> ReplicaAsync(Guid clinicId, Guid appointmentId)
    {
        await using var scope = app.Billing.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
        return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Appointments.AsNoTracking().SingleAsync(a => a.Id == appointmentId);
    }
}
