using ClinicOps.Contracts.Identity;
using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Services;

/// <summary>Staff management by the clinic's owners. A clinic always keeps at least one owner.</summary>
public sealed class UserService(
    IdentityDbContext db,
    ITenantContext tenant,
    PasswordPolicy passwordPolicy,
    PasswordHasher hasher,
    UserDirectory directory,
    ClinicLock clinicLock,
    UserAccessRecorder access,
    AuditLog audit,
    TimeProvider time)
{
    public Task<PagedResult<UserResponse>> ListAsync(PageRequest page, CancellationToken ct) =>
        db.Users.OrderBy(u => u.Name).ThenBy(u => u.Id)
            .ToPagedResultAsync(page, u => new UserResponse(u.Id, u.Name, u.Email, u.Role), ct);

    public async Task<UserResponse> GetAsync(Guid id, CancellationToken ct) => UserResponse.From(await FindAsync(id, ct));

    public async Task<UserResponse> CreateAsync(CreateUserRequest request, CancellationToken ct)
    {
        var clinic = await db.CurrentClinic.SingleAsync(ct);
        var errors = new ValidationErrors();
        var name = Fields.Name(request.Name, "name", User.MaxNameLength, errors);
        var email = Fields.Email(request.Email, errors);
        var role = Fields.Role(request.Role, errors);
        passwordPolicy.Check(request.Password, new PersonalWords(email, name, clinic.Name), errors);
        errors.ThrowIfAny();

        await directory.EnsureEmailIsFreeAsync(email, ct);
        var passwordHash = hasher.Hash(request.Password!);
        var user = await db.InTransactionAsync(async token =>
        {
            await clinicLock.AcquireAsOwnerAsync(token);
            var now = time.Now();
            var added = new User(name, email, passwordHash, role, now);
            db.Users.Add(added);
            db.AddIntegrationEvent(new UserRegistered
            {
                ClinicId = tenant.ClinicId,
                OccurredAt = now,
                UserId = added.Id,
                Name = added.Name,
                Role = added.Role,
            });
            await db.SaveChangesAsync(token);
            return added;
        }, ct);

        audit.Record(AuditEvents.UserCreated, tenant.ClinicId, tenant.UserId, $"{user.Id} as {user.Role}");
        return UserResponse.From(user);
    }

    public async Task<UserResponse> UpdateAsync(Guid id, UpdateUserRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = request.Name is null ? null : Fields.Name(request.Name, "name", User.MaxNameLength, errors);
        var role = request.Role is null ? null : Fields.Role(request.Role, errors);
        errors.ThrowIfAny();

        var user = await db.InTransactionAsync(async token =>
        {
            await clinicLock.AcquireAsOwnerAsync(token);
            var target = await FindAsync(id, token);
            if (target.IsOwner && role is not null && role != Roles.Owner && await CountOwnersAsync(token) <= 1)
            {
                throw new RuleViolationException("The clinic's last owner cannot be demoted: make another user an owner first.");
            }

            if (name is not null)
            {
                target.Rename(name);
            }

            if (role is not null && role != target.Role)
            {
                target.ChangeRole(role);
                await access.RecordAsync(target, removed: false, keptSessionId: null, token);
            }

            await db.SaveChangesAsync(token);
            return target;
        }, ct);

        access.Forget(user);
        audit.Record(AuditEvents.UserUpdated, tenant.ClinicId, tenant.UserId, $"{user.Id} as {user.Role}");
        return UserResponse.From(user);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var user = await db.InTransactionAsync(async token =>
        {
            await clinicLock.AcquireAsOwnerAsync(token);
            var target = await FindAsync(id, token);
            if (target.Id == tenant.UserId)
            {
                throw new RuleViolationException("You cannot delete your own account.");
            }

            if (target.IsOwner && await CountOwnersAsync(token) <= 1)
            {
                throw new RuleViolationException("The clinic's last owner cannot be deleted.");
            }

            db.Users.Remove(target); // the database drops the user's refresh tokens with it
            db.AddIntegrationEvent(new UserRemoved { ClinicId = tenant.ClinicId, OccurredAt = time.Now(), UserId = target.Id });
            await access.RecordAsync(target, removed: true, keptSessionId: null, token);
            await db.SaveChangesAsync(token);
            return target;
        }, ct);

        access.Forget(user);
        audit.Record(AuditEvents.UserDeleted, tenant.ClinicId, tenant.UserId, user.Id.ToString());
    }

    private async Task<User> FindAsync(Guid id, CancellationToken ct) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("User");

    private Task<int> CountOwnersAsync(CancellationToken ct) => db.Users.CountAsync(u => u.Role == Roles.Owner, ct);
}
