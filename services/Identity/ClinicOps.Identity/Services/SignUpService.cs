using ClinicOps.Contracts.Identity;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Identity.Services;

/// <summary>A new clinic and its owner, created together, announced through the outbox, and signed in.</summary>
public sealed class SignUpService(
    IdentityDbContext db,
    ITenantContext tenant,
    PasswordPolicy passwordPolicy,
    PasswordHasher hasher,
    UserDirectory directory,
    SessionIssuer sessions,
    AuditLog audit,
    TimeProvider time)
{
    public async Task<AuthResponse> SignUpAsync(SignUpRequest request, CancellationToken ct)
    {
        var (clinic, owner, session) = await CreateClinicAsync(request, ct);
        audit.Record(AuditEvents.ClinicSignedUp, clinic.Id, owner.Id, owner.Email);
        return session.Response;
    }

    /// <summary>The sign-up without its audit line, so that <see cref="StartupWarmUp"/> can rehearse it and roll it back.</summary>
    internal async Task<(Clinic Clinic, User Owner, IssuedSession Session)> CreateClinicAsync(SignUpRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var clinicName = Fields.Name(request.ClinicName, "clinicName", Clinic.MaxNameLength, errors);
        var timeZone = Fields.TimeZone(request.TimeZone, errors);
        var currency = Fields.Currency(request.Currency, errors);
        var ownerName = Fields.Name(request.OwnerName, "ownerName", User.MaxNameLength, errors);
        var email = Fields.Email(request.Email, errors);
        passwordPolicy.Check(request.Password, new PersonalWords(email, ownerName, clinicName), errors);
        errors.ThrowIfAny();

        await directory.EnsureEmailIsFreeAsync(email, ct);

        var now = time.Now();
        var clinic = new Clinic(clinicName, timeZone, currency, now);
        db.Clinics.Add(clinic);

        // Everything below belongs to the new clinic: the context stamps its id on the owner and the refresh token.
        tenant.Use(clinic.Id);
        var owner = new User(ownerName, email, hasher.Hash(request.Password!), Roles.Owner, now);
        db.Users.Add(owner);

        db.AddIntegrationEvent(new ClinicRegistered
        {
            ClinicId = clinic.Id,
            OccurredAt = now,
            Name = clinic.Name,
            TimeZone = clinic.TimeZone,
            Currency = clinic.Currency,
            SlotStepMinutes = clinic.SlotStepMinutes,
        });
        db.AddIntegrationEvent(new UserRegistered
        {
            ClinicId = clinic.Id,
            OccurredAt = now,
            UserId = owner.Id,
            Name = owner.Name,
            Role = owner.Role,
        });

        var session = sessions.Start(owner, clinic);
        await db.SaveChangesAsync(ct);
        return (clinic, owner, session);
    }
}
