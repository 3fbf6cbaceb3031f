using ClinicOps.Benchmarks.Api;
using ClinicOps.Benchmarks.Load;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// One client of the mixed load, working for one clinic: 60% reads (an appointment, a doctor's list, the dashboard),
/// 40% writes (book, complete, cancel, record a pending payment, mark it paid). A write whose input is missing (no
/// scheduled appointment to complete yet) falls back to the write that makes one.
/// </summary>
public sealed class MixedWorker(BenchClinic clinic, ApiClient gateway, int seed)
{
    public const string GetAppointment = "GET /api/appointments/{id}";
    public const string ListAppointments = "GET /api/appointments?doctorId=";
    public const string GetDashboard = "GET /api/dashboard";
    public const string Book = "POST /api/appointments";
    public const string Complete = "POST /api/appointments/{id}/complete";
    public const string Cancel = "POST /api/appointments/{id}/cancel";
    public const string Pay = "POST /api/appointments/{id}/payments";
    public const string MarkPaid = "POST /api/payments/{id}/mark-paid";

    private readonly Random _random = new(seed);
    private readonly List<Guid> _known = [.. clinic.Appointments];
    private readonly Queue<Guid> _completed = new();
    private readonly Queue<Guid> _pendingPayments = new();

    public Task<Sample> NextAsync(CancellationToken cancellationToken) => _random.Next(100) switch
    {
        < 35 => GetAppointmentAsync(cancellationToken),
        < 47 => ListAsync(cancellationToken),
        < 60 => DashboardAsync(cancellationToken),
        < 76 => BookAsync(cancellationToken),
        < 84 => CompleteAsync(cancellationToken),
        < 87 => CancelAsync(cancellationToken),
        < 94 => PayAsync(cancellationToken),
        _ => MarkPaidAsync(cancellationToken),
    };

    private async Task<Sample> GetAppointmentAsync(CancellationToken ct)
    {
        if (_known.Count == 0)
        {
            return await BookAsync(ct);
        }

        var id = _known[_random.Next(_known.Count)];
        return new Sample(GetAppointment, await gateway.StatusAsync(HttpMethod.Get, $"/api/appointments/{id}", clinic.Token, cancellationToken: ct));
    }

    private async Task<Sample> ListAsync(CancellationToken ct)
    {
        var doctor = clinic.Doctors[_random.Next(clinic.Doctors.Count)];
        return new Sample(ListAppointments,
            await gateway.StatusAsync(HttpMethod.Get, $"/api/appointments?doctorId={doctor}&pageSize=25", clinic.Token, cancellationToken: ct));
    }

    private async Task<Sample> DashboardAsync(CancellationToken ct) =>
        new(GetDashboard, await gateway.StatusAsync(HttpMethod.Get, "/api/dashboard", clinic.Token, cancellationToken: ct));

    private async Task<Sample> BookAsync(CancellationToken ct)
    {
        var booked = await gateway.SendAsync<Created>(HttpMethod.Post, "/api/appointments", clinic.Token,
            clinic.NextBooking(_random.Next()), cancellationToken: ct);
        if (booked.IsSuccess && booked.Value is { } appointment)
        {
            clinic.Scheduled.Enqueue(appointment.Id);
            _known.Add(appointment.Id);
        }

        return new Sample(Book, booked.Status);
    }

    private async Task<Sample> CompleteAsync(CancellationToken ct)
    {
        if (!clinic.Scheduled.TryDequeue(out var id))
        {
            return await BookAsync(ct);
        }

        var status = await gateway.StatusAsync(HttpMethod.Post, $"/api/appointments/{id}/complete", clinic.Token, cancellationToken: ct);
        if (status == 200)
        {
            _completed.Enqueue(id);
        }

        return new Sample(Complete, status);
    }

    private async Task<Sample> CancelAsync(CancellationToken ct)
    {
        if (!clinic.Scheduled.TryDequeue(out var id))
        {
            return await BookAsync(ct);
        }

        return new Sample(Cancel,
            await gateway.StatusAsync(HttpMethod.Post, $"/api/appointments/{id}/cancel", clinic.Token, new { reason = "benchmark" }, ct));
    }

    private async Task<Sample> PayAsync(CancellationToken ct)
    {
        if (!_completed.TryDequeue(out var id))
        {
            return await CompleteAsync(ct);
        }

        var payment = await gateway.SendAsync<Created>(HttpMethod.Post, $"/api/appointments/{id}/payments", clinic.Token,
            new { amount = 40.00m, method = "card", status = "pending" }, Guid.NewGuid().ToString("N"), ct);
        if (payment.IsSuccess && payment.Value is { } created)
        {
            _pendingPayments.Enqueue(created.Id);
        }

        return new Sample(Pay, payment.Status);
    }

    private async Task<Sample> MarkPaidAsync(CancellationToken ct)
    {
        if (!_pendingPayments.TryDequeue(out var id))
        {
            return await PayAsync(ct);
        }

        return new Sample(MarkPaid, await gateway.StatusAsync(HttpMethod.Post, $"/api/payments/{id}/mark-paid", clinic.Token, cancellationToken: ct));
    }
}
