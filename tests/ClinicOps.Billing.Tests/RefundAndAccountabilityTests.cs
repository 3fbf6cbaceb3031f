using System.Net;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Tests.Infrastructure;
using ClinicOps.Contracts.Identity;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.ServiceDefaults.Auth.Access;
using ClinicOps.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Billing.Tests;

/// <summary>Refunds are for owners, every payment says who recorded, marked and refunded it, and tokens follow the user's access.</summary>
[Collection(BillingCollection.Name)]
public sealed class RefundAndAccountabilityTests(BillingApp app)
{
    [Theory]
    [InlineData("receptionist")]
    [InlineData("doctor")]
    public async Task Only_an_owner_can_refund_a_payment(string role)
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var paid = await app.ClientFor(clinicId).RecordPaymentAsync(booked.AppointmentId, 30m, "cash", "paid");

        using var refused = await app.ClientFor(clinicId, role).PostAsync($"/api/payments/{paid.Id}/refund", null);

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        var owner = app.ClientFor(clinicId, "owner");
        Assert.Equal(paid, await (await owner.GetAsync($"/api/payments/{paid.Id}")).ReadAsync<PaymentResponse>());
        Assert.Equal("refunded", (await (await owner.PostAsync($"/api/payments/{paid.Id}/refund", null)).ReadAsync<PaymentResponse>()).Status);
    }

    [Fact]
    public async Task Every_payment_records_who_recorded_marked_and_refunded_it()
    {
        var clinicId = await app.NewClinicAsync();
        var booked = await app.BookAsync(clinicId);
        var (recorder, marker, refunder) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var failing = await app.Billing.CreateClientFor(clinicId, "receptionist", recorder).RecordPaymentAsync(booked.AppointmentId, 20m);
        var payment = await app.Billing.CreateClientFor(clinicId, "receptionist", recorder).RecordPaymentAsync(booked.AppointmentId, 50m);

        var recorded = await (await app.Billing.CreateClientFor(clinicId, "doctor", marker).GetAsync($"/api/payments/{payment.Id}")).ReadAsync<PaymentResponse>();
        var paid = await (await app.Billing.CreateClientFor(clinicId, "doctor", marker).PostAsync($"/api/payments/{payment.Id}/mark-paid", null)).ReadAsync<PaymentResponse>();
        var failed = await (await app.Billing.CreateClientFor(clinicId, "doctor", marker).PostAsync($"/api/payments/{failing.Id}/mark-failed", null)).ReadAsync<PaymentResponse>();
        await app.Billing.CreateClientFor(clinicId, "owner", refunder).PostAsync($"/api/payments/{payment.Id}/refund", null);
        var refunded = await (await app.ClientFor(clinicId).GetAsync($"/api/payments/{payment.Id}")).ReadAsync<PaymentResponse>();

        Assert.Equal((recorder, (Guid?)null, (Guid?)null), (recorded.RecordedBy!.Value, recorded.MarkedBy, recorded.RefundedBy));
        Assert.Equal((recorder, marker), (paid.RecordedBy!.Value, paid.MarkedBy!.Value));
        Assert.Equal((recorder, marker), (failed.RecordedBy!.Value, failed.MarkedBy!.Value));
        Assert.Equal((recorder, marker, refunder), (refunded.RecordedBy!.Value, refunded.MarkedBy!.Value, refunded.RefundedBy!.Value));
    }

    [Fact]
    public async Task A_removed_users_token_is_refused_once_identity_announces_it_and_a_changed_role_answers_403()
    {
        var clinicId = await app.NewClinicAsync();
        var (removedUser, demotedOwner) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var removed = app.Billing.CreateClientFor(clinicId, "receptionist", removedUser);
        var demoted = app.Billing.CreateClientFor(clinicId, "owner", demotedOwner);
        Assert.Equal(HttpStatusCode.OK, (await removed.GetAsync("/api/payments")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await demoted.GetAsync("/api/payments")).StatusCode);

        await app.PublishAsync(Access(clinicId, removedUser, revision: 1, "receptionist", removed: true));
        await app.PublishAsync(Access(clinicId, demotedOwner, revision: 2, "receptionist", removed: false));
        // An older announcement arriving late changes nothing.
        await app.PublishAsync(Access(clinicId, demotedOwner, revision: 1, "owner", removed: false));

        await AnswersWithinAsync(removed, HttpStatusCode.Unauthorized);
        await AnswersWithinAsync(demoted, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(clinicId).GetAsync("/api/payments")).StatusCode);
    }

    [Fact]
    public async Task A_session_scheduling_has_already_heard_ended_is_a_401_from_billing_too_not_an_outage()
    {
        var clinicId = await app.NewClinicAsync();
        var removedUser = Guid.CreateVersion7();
        // Identity's announcement has reached scheduling and not billing yet.
        await using (var scope = app.Scheduling.Services.CreateAsyncScope())
        {
            var schedulingDb = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            await UserAccessStore.ApplyAsync(schedulingDb,
                new UserAccess(removedUser, clinicId, revision: 1, "receptionist", sessionVersion: 0, keptSessionId: null, removed: true,
                    DateTimeOffset.UtcNow), CancellationToken.None);
        }

        // An appointment billing has not heard of: billing asks scheduling, with the caller's token.
        using var answer = await app.Billing.CreateClientFor(clinicId, "receptionist", removedUser)
            .PostPaymentAsync(Guid.CreateVersion7(), new { amount = 20m, method = "cash" });

        var problem = await answer.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("This session has ended; sign in again.", problem.GetProperty("detail").GetString());
        Assert.Equal("Bearer", answer.Headers.WwwAuthenticate.ToString());
    }

    private static UserAccessChanged Access(Guid clinicId, Guid userId, long revision, string role, bool removed) => new()
    {
        ClinicId = clinicId,
        OccurredAt = DateTimeOffset.UtcNow,
        UserId = userId,
        Revision = revision,
        Role = role,
        SessionVersion = 0,
        Removed = removed,
    };

    /// <summary>The user access check remembers what it read for a second: poll until the new answer shows, at most 5 s.</summary>
    private static async Task AnswersWithinAsync(HttpClient client, HttpStatusCode expected)
    {
        await Eventually.UntilAsync(async () =>
        {
            using var probe = await client.GetAsync("/api/payments");
            return probe.StatusCode == expected;
        }, $"GET /api/payments to answer {(int)expected}", TimeSpan.FromSeconds(5));

        using var response = await client.GetAsync("/api/payments");
        await response.AssertProblemAsync(expected);
    }
}
