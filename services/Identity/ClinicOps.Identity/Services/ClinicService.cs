using ClinicOps.Contracts.Identity;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Services;

/// <summary>The caller's own clinic and account.</summary>
public sealed class ClinicService(IdentityDbContext db, ITenantContext tenant, AuditLog audit, TimeProvider time)
{
    public async Task<MeResponse> GetMeAsync(CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == tenant.UserId, ct) ?? throw new NotFoundException("User");
        var clinic = await GetClinicAsync(ct);
        return new MeResponse(UserDto.From(user), ClinicDto.From(clinic));
    }

    public async Task<ClinicDto> GetCurrentAsync(CancellationToken ct) => ClinicDto.From(await GetClinicAsync(ct));

    public async Task<ClinicDto> UpdateCurrentAsync(UpdateClinicRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = request.ClinicName is null ? null : Fields.Name(request.ClinicName, "clinicName", Clinic.MaxNameLength, errors);
        var timeZone = request.TimeZone is null ? null : Fields.TimeZone(request.TimeZone, errors);
        var currency = request.Currency is null ? null : Fields.Currency(request.Currency, errors);
        var slotStep = request.SlotStepMinutes is { } minutes ? Fields.SlotStep(minutes, errors) : (int?)null;
        errors.ThrowIfAny();

        var clinic = await GetClinicAsync(ct);
        if (name is not null)
        {
            clinic.Rename(name);
        }

        if (timeZone is not null)
        {
            clinic.ChangeTimeZone(timeZone);
        }

        if (currency is not null)
        {
            clinic.ChangeCurrency(currency);
        }

        if (slotStep is not null)
        {
            clinic.ChangeSlotStep(slotStep.Value);
        }

        if (db.ChangeTracker.HasChanges())
        {
            db.AddIntegrationEvent(new ClinicUpdated
            {
                ClinicId = clinic.Id,
                OccurredAt = time.GetUtcNow(),
                Name = clinic.Name,
                TimeZone = clinic.TimeZone,
                Currency = clinic.Currency,
                SlotStepMinutes = clinic.SlotStepMinutes,
            });
            await db.SaveChangesAsync(ct);
            audit.Record(AuditEvents.ClinicUpdated, clinic.Id, tenant.UserId);
        }

        return ClinicDto.From(clinic);
    }

    private async Task<Clinic> GetClinicAsync(CancellationToken ct) =>
        await db.CurrentClinic.FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Clinic");
}
