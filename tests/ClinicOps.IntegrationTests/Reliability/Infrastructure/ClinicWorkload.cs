using System.Globalization;
using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.Testing;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>
/// A signed-up clinic with one doctor and one patient, and the changes a front desk makes — bookings, completions,
/// cancellations, payments and their transitions — each sent through the gateway, asserted to succeed and recorded
/// in <see cref="Ledger"/>. Bookings take consecutive 30-minute slots from four days ahead.
/// </summary>
public sealed class ClinicWorkload
{
    private readonly HttpClient client;
    private readonly DateTimeOffset firstSlot;
    private readonly string patientPhone;
    private int nextSlot;

    private ClinicWorkload(SignedUpClinic clinic, Guid doctorId, Guid patientId, string patientPhone, string currency)
    {
        this.patientPhone = patientPhone;
        Clinic = clinic;
        client = clinic.Client;
        DoctorId = doctorId;
        PatientId = patientId;
        Ledger = new ClinicLedger(currency);
        var today = TimeProvider.System.GetUtcNow().UtcDateTime.Date;
        firstSlot = new DateTimeOffset(today, TimeSpan.Zero).AddDays(4).AddHours(6);
    }

    public SignedUpClinic Clinic { get; }

    public HttpClient Client => client;

    public Guid DoctorId { get; }

    public Guid PatientId { get; }

    public ClinicLedger Ledger { get; }

    public static async Task<ClinicWorkload> StartAsync(WholeAppFixture app, string label)
    {
        const string currency = "EUR";
        var clinic = await SignUpAsync(app, $"Reliability {label} {Guid.CreateVersion7().ToString("N")[^8..]}", currency);
        var doctor = (await clinic.Client.SendAsync("POST", "/api/doctors", new { name = $"Dr {label}", specialization = "General practice" }))
            .Expect(HttpStatusCode.Created);
        var phone = $"+4930{Random.Shared.Next(20_000_000, 99_999_999)}";
        var patient = (await clinic.Client.SendAsync("POST", "/api/patients", new { name = $"Patient {label}", phone, email = "patient@clinicops.test" }))
            .Expect(HttpStatusCode.Created);
        return new ClinicWorkload(clinic, doctor.Id, patient.Id, phone, currency);
    }

    /// <summary>
    /// Signs up through the fixture, sending a new sign-up when one ran out of time (503/504): identity's first
    /// sign-up after the app starts builds its time-zone and currency tables, which on a busy machine can take longer
    /// than the gateway waits. Sign-up is not what these tests are about; each attempt uses a new email.
    /// </summary>
    private static async Task<SignedUpClinic> SignUpAsync(WholeAppFixture app, string name, string currency)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await app.SignUpClinicAsync(name, currency: currency);
            }
            catch (InvalidOperationException e) when (attempt < 3
                && (e.Message.StartsWith("Sign-up answered 503", StringComparison.Ordinal)
                    || e.Message.StartsWith("Sign-up answered 504", StringComparison.Ordinal)))
            {
            }
        }
    }

    public DateTimeOffset NextSlot() => firstSlot.AddMinutes(30 * Interlocked.Increment(ref nextSlot));

    public async Task<Answer> BookAsync(CancellationToken cancellationToken = default)
    {
        var answer = (await client.SendAsync("POST", "/api/appointments",
                new { doctorId = DoctorId, patientId = PatientId, startsAt = NextSlot(), durationMinutes = 30 }, cancellationToken: cancellationToken))
            .Expect(HttpStatusCode.Created);
        Ledger.Booked(answer.Id, DoctorId);
        return answer;
    }

    public async Task CompleteAsync(Guid appointmentId, CancellationToken cancellationToken = default)
    {
        (await client.SendAsync("POST", $"/api/appointments/{appointmentId}/complete", cancellationToken: cancellationToken)).Expect(HttpStatusCode.OK);
        Ledger.AppointmentBecame(appointmentId, "completed");
    }

    public async Task CancelAsync(Guid appointmentId, CancellationToken cancellationToken = default)
    {
        (await client.SendAsync("POST", $"/api/appointments/{appointmentId}/cancel", new { reason = "Patient called off" },
            cancellationToken: cancellationToken)).Expect(HttpStatusCode.OK);
        Ledger.AppointmentBecame(appointmentId, "cancelled");
    }

    public async Task DeleteAsync(Guid appointmentId, CancellationToken cancellationToken = default)
    {
        (await client.SendAsync("DELETE", $"/api/appointments/{appointmentId}", cancellationToken: cancellationToken)).Expect(HttpStatusCode.NoContent);
        Ledger.AppointmentBecame(appointmentId, "deleted");
    }

    /// <summary>Moves a scheduled appointment to a fresh slot (AppointmentRescheduled; its reminder moves with it).</summary>
    public async Task RescheduleAsync(Guid appointmentId, CancellationToken cancellationToken = default) =>
        (await client.SendAsync("PATCH", $"/api/appointments/{appointmentId}", new { startsAt = NextSlot(), notes = "Moved" },
            cancellationToken: cancellationToken)).Expect(HttpStatusCode.OK);

    /// <summary>Renames the doctor (DoctorUpdated).</summary>
    public async Task RenameDoctorAsync(string name) =>
        (await client.SendAsync("PUT", $"/api/doctors/{DoctorId}", new { name, specialization = "General practice" })).Expect(HttpStatusCode.OK);

    /// <summary>Renames the patient, keeping the phone (PatientUpdated).</summary>
    public async Task RenamePatientAsync(string name) =>
        (await client.SendAsync("PUT", $"/api/patients/{PatientId}", new { name, phone = patientPhone, email = "patient@clinicops.test" }))
            .Expect(HttpStatusCode.OK);

    /// <summary>Adds an upcoming sms reminder due in an hour (the appointment is days ahead).</summary>
    public async Task<Guid> AddReminderAsync(Guid appointmentId, CancellationToken cancellationToken = default)
    {
        var answer = (await client.SendAsync("POST", $"/api/appointments/{appointmentId}/reminders",
                new { type = "sms", sendAt = TimeProvider.System.GetUtcNow().AddHours(1) }, cancellationToken: cancellationToken))
            .Expect(HttpStatusCode.Created);
        Ledger.ReminderAdded(answer.Id, appointmentId);
        return answer.Id;
    }

    public async Task<Guid> PayAsync(Guid appointmentId, decimal amount, string status, CancellationToken cancellationToken = default)
    {
        var answer = (await client.SendAsync("POST", $"/api/appointments/{appointmentId}/payments",
                new { amount, method = "card", status, reference = $"INV-{amount.ToString(CultureInfo.InvariantCulture)}" },
                idempotencyKey: $"pay-{Guid.CreateVersion7():N}", cancellationToken: cancellationToken))
            .Expect(HttpStatusCode.Created);
        Ledger.PaymentRecorded(answer.Id, appointmentId, amount, status);
        return answer.Id;
    }

    /// <summary>mark-paid, mark-failed or refund.</summary>
    public async Task MovePaymentAsync(Guid paymentId, string action, CancellationToken cancellationToken = default)
    {
        (await client.SendAsync("POST", $"/api/payments/{paymentId}/{action}", cancellationToken: cancellationToken)).Expect(HttpStatusCode.OK);
        Ledger.PaymentBecame(paymentId, action switch
        {
            "mark-paid" => "paid",
            "mark-failed" => "failed",
            "refund" => "refunded",
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        });
    }

    /// <summary>
    /// One round of front-desk work, the kind chosen by <paramref name="round"/>: a booking, then a payment taken as
    /// paid, a completion and a payment, a pending payment, a pending payment later marked paid, or a cancellation.
    /// </summary>
    public async Task RoundAsync(int round, CancellationToken cancellationToken = default)
    {
        var appointment = (await BookAsync(cancellationToken)).Id;
        var amount = 20m + round + 0.25m;
        switch (round % 5)
        {
            case 0:
                await PayAsync(appointment, amount, "paid", cancellationToken);
                break;
            case 1:
                await CompleteAsync(appointment, cancellationToken);
                await PayAsync(appointment, amount, "paid", cancellationToken);
                break;
            case 2:
                await PayAsync(appointment, amount, "pending", cancellationToken);
                break;
            case 3:
                await MovePaymentAsync(await PayAsync(appointment, amount, "pending", cancellationToken), "mark-paid", cancellationToken);
                break;
            default:
                await CancelAsync(appointment, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Waits until the dashboard and the doctors' figures show exactly what <see cref="Ledger"/> implies, and keep showing
    /// it for two more seconds of reads (nothing late, such as a duplicate, changes them afterwards).
    /// </summary>
    public async Task<ClinicFigures> ConvergedFiguresAsync(TimeSpan within)
    {
        var expected = Ledger.Expected();
        var settledReads = 0;
        return await Eventually.GetAsync(
            async () =>
            {
                var figures = await ClinicFigures.ReadAsync(client);
                settledReads = figures.SameAs(expected) ? settledReads + 1 : 0;
                return figures;
            },
            _ => settledReads >= 5,
            $"the figures to converge to {expected} and stay there",
            within,
            interval: TimeSpan.FromMilliseconds(500));
    }
}
