using ClinicOps.Contracts.Identity;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Services;

/// <summary>The caller's own clinic and account.</summary>
public sealed class ClinicService(IdentityDbContext db, ITenantContext tenant, ClinicLock clinicLock, AuditLog audit, TimeProvider time)
{
    public async Task<MeResponse> GetMeAsync(CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == tenant.UserId, ct) ?? throw new NotFoundException("User");
        var clinic = await GetClinicAsync(ct);
        return new MeResponse(UserResponse.From(user), ClinicResponse.From(clinic));
    }

    public async Task<ClinicResponse> GetCurrentAsync(CancellationToken ct) => ClinicResponse.From(await GetClinicAsync(ct));

    public async Task<ClinicResponse> UpdateCurrentAsync(UpdateClinicRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = request.ClinicName is null ? null : Fields.Name(request.ClinicName, "clinicName", Clinic.MaxNameLength, errors);
        var timeZone = request.TimeZone is null ? null : Fields.TimeZone(request.TimeZone, errors);
        var currency = request.Currency is null ? null : Fields.Currency(request.Currency, errors);
        var slotStep = request.SlotStepMinutes is { } minutes ? Fields.SlotStep(minutes, errors) : (int?)null;
        errors.ThrowIfAny();

        var (clinic, changed) = await db.InTransactionAsync(async token =>
        {
            await clinicLock.AcquireAsOwnerAsync(token);
            var current = await GetClinicAsync(token);
            if (name is not null)
            {
                current.Rename(name);
            }

            if (timeZone is not null)
            {
                current.ChangeTimeZone(timeZone);
            }

            if (currency is not null)
            {
                current.ChangeCurrency(currency);
            }

            if (slotStep is not null)
            {
                current.ChangeSlotStep(slotStep.Value);
            }

            var hasChanges = db.ChangeTracker.HasChanges();
            if (hasChanges)
            {
                db.AddIntegrationEvent(new ClinicUpdated
                {
                    ClinicId = current.Id,
                    OccurredAt = time.Now(),
                    Name = current.Name,
                    TimeZone = current.TimeZone,
                    Currency = current.Currency,
                    SlotStepMinutes = current.SlotStepMinutes,
                });
                await db.SaveChangesAsync(token);
            }

            return (current, hasChanges);
        }, ct);

        if (changed)
        {
            audit.Record(AuditEvents.ClinicUpdated, clinic.Id, tenant.UserId);
        }

        return ClinicResponse.From(clinic);
    }

    private async Task<Clinic> GetClinicAsync(CancellationToken ct) =>
        await db.CurrentClinic.FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Clinic");
}
