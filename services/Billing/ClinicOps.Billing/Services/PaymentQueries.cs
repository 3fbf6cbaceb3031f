using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Model;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Billing.Services;

/// <summary>Reads of the caller's payments (the tenant filter keeps other clinics' out).</summary>
public sealed class PaymentQueries(BillingDbContext db, AppointmentDirectory<BillingDbContext, Appointment> appointments)
{
    public async Task<PaymentResponse> GetAsync(Guid id, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("Payment");
        return PaymentResponse.From(payment);
    }

    /// <summary>
    /// All payments of one of the caller's appointments, oldest first; 404 for an appointment not in the clinic.
    /// A deleted appointment still lists its payments (flagged appointmentDeleted), since money is never dropped.
    /// </summary>
    public async Task<IReadOnlyList<PaymentResponse>> ListForAppointmentAsync(Guid appointmentId, CancellationToken ct)
    {
        await appointments.GetAsync(appointmentId, ct);
        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.AppointmentId == appointmentId)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .ToListAsync(ct);
        return [.. payments.Select(PaymentResponse.From)];
    }

    /// <summary>A page of the caller's payments, newest first (indexes (clinic_id, created_at) and (clinic_id, status, created_at)).</summary>
    public Task<PagedResult<PaymentResponse>> ListAsync(PaymentFilter filter, PageRequest page, CancellationToken ct)
    {
        filter.Validate();
        page.Validate();
        var payments = db.Payments.AsNoTracking();
        if (filter.Status is { } status)
        {
            payments = payments.Where(p => p.Status == status);
        }

        if (filter.From?.ToUniversalTime() is { } from)
        {
            payments = payments.Where(p => p.CreatedAt >= from);
        }

        if (filter.To?.ToUniversalTime() is { } to)
        {
            payments = payments.Where(p => p.CreatedAt < to);
        }

        return payments.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .ToPagedResultAsync(page, p => PaymentResponse.From(p), ct);
    }
}
