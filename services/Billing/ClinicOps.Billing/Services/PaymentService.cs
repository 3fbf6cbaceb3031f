using System.Text.Json;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Infrastructure.EntityConfigurations;
using ClinicOps.Billing.Model;
using ClinicOps.Contracts;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClinicOps.Billing.Services;

/// <summary>Recording payments and moving them along their transitions, each change with its event in one transaction.</summary>
public sealed class PaymentService(
    BillingDbContext db,
    AppointmentDirectory<BillingDbContext, Appointment> appointments,
    ClinicCurrencies currencies,
    IdempotencyKeys keys,
    IOptions<JsonOptions> json,
    ITenantContext tenant,
    BillingMetrics metrics,
    TimeProvider time)
{
    public async Task<CreatedResponse> CreateAsync(Guid appointmentId, CreatePaymentRequest request, string? idempotencyKey, CancellationToken ct)
    {
        if (idempotencyKey is not null)
        {
            IdempotencyKeys.Validate(idempotencyKey);
        }

        var draft = request.Validate();
        var requestHash = idempotencyKey is null ? null : IdempotencyKeys.Hash("POST", $"/api/appointments/{appointmentId:D}/payments", draft);
        if (idempotencyKey is not null && await keys.FindAsync(idempotencyKey, requestHash!, ct) is { } earlier)
        {
            return earlier;
        }

        var appointment = await appointments.GetLiveAsync(appointmentId, ct);
        var currency = await currencies.GetAsync(ct);
        var now = time.Now();
        var payment = new Payment(appointment, draft with { Amount = draft.Amount ?? appointment.AmountDue() }, currency, now, tenant.UserId);
        db.Payments.Add(payment);
        foreach (var evt in PaymentEvents.Recorded(payment, db.CurrentClinicId, now))
        {
            db.AddIntegrationEvent(evt);
        }

        var response = new CreatedResponse(StatusCodes.Status201Created,
            JsonSerializer.Serialize(PaymentResponse.From(payment), json.Value.SerializerOptions), payment.Id);
        if (idempotencyKey is not null)
        {
            keys.Add(idempotencyKey, requestHash!, response);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            metrics.Recorded(payment);
            return response;
        }
        catch (DbUpdateException e) when (idempotencyKey is not null && e.IsUniqueViolation(IdempotencyKeyConfiguration.PrimaryKey))
        {
            // A concurrent request with the same key inserted it first; our transaction (payment, events, key) rolled
            // back. The winner has committed — the unique index waited for it — so its answer can be read and replayed.
            db.ChangeTracker.Clear();
            return await keys.FindAsync(idempotencyKey, requestHash!, ct)
                ?? throw new ConflictException($"A request with this {IdempotencyKeys.Header} is being processed; retry it.");
        }
    }

    public Task<PaymentResponse> MarkPaidAsync(Guid id, CancellationToken ct) =>
        TransitionAsync(id, (p, now) => p.MarkPaid(now, tenant.UserId), PaymentEvents.Paid, ct, metrics.Paid);

    public Task<PaymentResponse> MarkFailedAsync(Guid id, CancellationToken ct) =>
        TransitionAsync(id, (p, _) => p.MarkFailed(tenant.UserId), PaymentEvents.Failed, ct);

    public Task<PaymentResponse> RefundAsync(Guid id, CancellationToken ct) =>
        TransitionAsync(id, (p, now) => p.Refund(now, tenant.UserId), PaymentEvents.Refunded, ct);

    private async Task<PaymentResponse> TransitionAsync(Guid id, Action<Payment, DateTimeOffset> change,
        Func<Payment, Guid, DateTimeOffset, IntegrationEvent> evt, CancellationToken ct, Action<Payment>? committed = null)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Payment");
        var now = time.Now();
        change(payment, now);
        db.AddIntegrationEvent(evt(payment, payment.ClinicId, now));
        // xmin guards the row: of two concurrent transitions one wins, the other answers 409.
        await db.SaveChangesAsync(ct);
        committed?.Invoke(payment);
        return PaymentResponse.From(payment);
    }
}
