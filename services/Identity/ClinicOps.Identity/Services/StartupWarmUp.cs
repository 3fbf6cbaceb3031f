using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Services;

/// <summary>
/// Rehearses a sign-up once, before the service starts listening (hosted services start before the server), and rolls
/// it back: the first real sign-up after a start would otherwise pay for ICU's time-zone and currency tables, the
/// password-strength word lists, bcrypt's first run, EF Core's first query and first insert of each entity, the token
/// signer and the events' serializers — seconds on a busy machine, right after the app said it was ready.
/// Nothing of the rehearsal is kept: no row, no event, no audit line.
/// </summary>
internal sealed class StartupWarmUp(IServiceProvider services, ILogger<StartupWarmUp> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var signUp = scope.ServiceProvider.GetRequiredService<SignUpService>();
        var unique = Guid.CreateVersion7().ToString("N");
        var rehearsal = new SignUpRequest("Warm-up Clinic", "Europe/Berlin", "EUR", "Warm Up", $"warm-up-{unique}@example.org", $"{unique}-rehearsal");
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                await signUp.CreateClinicAsync(rehearsal, token);
                await transaction.RollbackAsync(token);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only speed is at stake: the service is as correct without the rehearsal, so a failed one must not stop it.
            logger.LogWarning(e, "The start-up sign-up rehearsal failed; the first sign-up will be slower");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
