using System.Collections.Concurrent;
using System.Diagnostics;

namespace ClinicOps.Benchmarks.Api;

/// <summary>
/// A clinic signed up for the run: its owner's tokens (refreshed before they expire), its doctors and patients,
/// the appointments made at set-up (targets for reads) and a queue of still-scheduled ones (for status changes).
/// </summary>
public sealed class BenchClinic(Guid id, AuthAnswer auth, SlotPlan slots, OwnerCredentials owner)
{
    private AuthAnswer _auth = auth;
    private long _issuedAt = Stopwatch.GetTimestamp();

    public Guid Id { get; } = id;

    public string Token => Volatile.Read(ref _auth).AccessToken;

    public SlotPlan Slots { get; } = slots;

    /// <summary>What the owner signs in to the web app with.</summary>
    public OwnerCredentials Owner { get; } = owner;

    public List<Guid> Doctors { get; } = [];

    public List<Guid> Patients { get; } = [];

    public List<Guid> Appointments { get; } = [];

    public ConcurrentQueue<Guid> Scheduled { get; } = new();

    /// <summary>The body of a booking in the next free slot.</summary>
    public object NextBooking(int patient)
    {
        var slot = Slots.Next();
        return new
        {
            doctorId = Doctors[slot.Doctor],
            patientId = Patients[patient % Patients.Count],
            startsAt = slot.StartsAt,
            durationMinutes = Slots.Minutes,
        };
    }

    /// <summary>Rotates the token pair once more than half of the access token's life has gone.</summary>
    public async Task RefreshIfAgedAsync(ApiClient gateway, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _auth);
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _issuedAt)).TotalSeconds < current.ExpiresIn / 2.0)
        {
            return;
        }

        var fresh = await gateway.SendAsync<AuthAnswer>(HttpMethod.Post, "/api/auth/refresh", null,
            new { refreshToken = current.RefreshToken }, cancellationToken: cancellationToken);
        Volatile.Write(ref _auth, fresh.Require("POST /api/auth/refresh"));
        Interlocked.Exchange(ref _issuedAt, Stopwatch.GetTimestamp());
    }
}
