using System.Net;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Infrastructure;
using ClinicOps.Messaging;
using ClinicOps.Billing.Model;
using ClinicOps.Billing.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Billing.Tests;

/// <summary>
/// Against the real scheduling service (in-process, same broker): a payment taken right after booking, before
/// AppointmentScheduled reached billing, still succeeds — billing asks scheduling with the caller's token.
/// </summary>
[Collection(BillingCollection.Name)]
public sealed class SchedulingFallbackTests(BillingApp app)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_payment_immediately_after_booking_succeeds_and_the_events_then_keep_the_replica_current()
    {
        var clinicId = await app.NewClinicAsync();
        var booking = await SchedulingApi.BookAsync(app.Scheduling.CreateClientFor(clinicId, "receptionist"));

        var payment = await app.ClientFor(clinicId).RecordPaymentAsync(booking.AppointmentId, 35m, "cash", "paid");

        Assert.Equal(booking.AppointmentId, payment.AppointmentId);
        var evt = Assert.Single(await Outbox.ReadAsync(app.Billing, clinicId), e => e.Type == "PaymentRecorded");
        Assert.Equal(booking.DoctorId, evt.Payload.GetProperty("doctorId").GetGuid());

        using var completed = await app.Scheduling.CreateClientFor(clinicId).PostAsync($"/api/appointments/{booking.AppointmentId}/complete", null);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var replica = await WaitForReplicaAsync(clinicId, booking.AppointmentId, a => a.Status == "completed");
        Assert.True(replica.Version >= 2);
    }

    [Fact]
    public async Task When_the_replica_lacks_the_appointment_billing_asks_scheduling_with_the_callers_token()
    {
        var clinicId = await app.NewClinicAsync();
        var booking = await SchedulingApi.BookAsync(app.Scheduling.CreateClientFor(clinicId, "receptionist"));
        // Let AppointmentScheduled arrive, then take the appointment out of the replica: billing is back in the
        // moment before the event, deterministically.
        await WaitForReplicaAsync(clinicId, booking.AppointmentId, _ => true);
        await RemoveFromReplicaAsync(clinicId, booking.AppointmentId);
        var client = app.ClientFor(clinicId);

        var payment = await client.RecordPaymentAsync(booking.AppointmentId, 20m);

        Assert.Equal(booking.AppointmentId, payment.AppointmentId);
        var call = Assert.Single(app.Billing.Upstream.To($"/api/appointments/{booking.AppointmentId}"));
        Assert.Equal(client.DefaultRequestHeaders.Authorization!.ToString(), call.Authorization);
        var replica = await WaitForReplicaAsync(clinicId, booking.AppointmentId, _ => true);
        Assert.Equal((ReplicatedAppointment.FetchedVersion, booking.DoctorId, "scheduled"), (replica.Version, replica.DoctorId, replica.Status));
    }

    [Fact]
    public async Task Another_clinics_appointment_is_404_at_scheduling_too()
    {
        var owner = await app.NewClinicAsync();
        var booking = await SchedulingApi.BookAsync(app.Scheduling.CreateClientFor(owner, "receptionist"));
        var other = await app.NewClinicAsync();

        using var response = await app.ClientFor(other).PostPaymentAsync(booking.AppointmentId, new { amount = 10m, method = "cash" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.NotEmpty(app.Billing.Upstream.To($"/api/appointments/{booking.AppointmentId}"));
    }

    [Fact]
    public async Task A_payment_right_after_booking_with_an_idempotency_key_is_replayed_not_doubled()
    {
        var clinicId = await app.NewClinicAsync();
        var booking = await SchedulingApi.BookAsync(app.Scheduling.CreateClientFor(clinicId, "receptionist"));
        var client = app.ClientFor(clinicId);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            client.PostPaymentAsync(booking.AppointmentId, new { amount = 50m, method = "card" }, key)));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Single(await (await client.GetAsync($"/api/appointments/{booking.AppointmentId}/payments")).ReadAsync<List<PaymentResponse>>());
    }

    private async Task<Appointment> WaitForReplicaAsync(Guid clinicId, Guid appointmentId, Func<Appointment, bool> condition) =>
        (await Eventually.GetAsync(async () =>
        {
            await using var scope = app.Billing.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
            return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Appointments.AsNoTracking()
                .SingleOrDefaultAsync(a => a.Id == appointmentId);
        }, appointment => appointment is not null && condition(appointment), $"the replica of {appointmentId} to reach the expected state", Deadline))!;

    private async Task RemoveFromReplicaAsync(Guid clinicId, Guid appointmentId)
    {
        await using var scope = app.Billing.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
        await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Appointments.Where(a => a.Id == appointmentId).ExecuteDeleteAsync();
    }
}
