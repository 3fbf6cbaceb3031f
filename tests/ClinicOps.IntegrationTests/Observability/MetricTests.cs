using System.Net;
using ClinicOps.IntegrationTests.Infrastructure.Telemetry;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Observability;

/// <summary>
/// The clinic's day as the ops team reads it in the dashboard's Metrics: bookings and their outcomes, payments and their
/// amounts per currency, sign-ins and lockouts, counted by the service that did them — with no clinic or person in a tag.
/// </summary>
public sealed class MetricTests(TelemetryAppFixture telemetry, ITestOutputHelper output) : TelemetryTest(telemetry, output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Bookings_outcomes_payments_sign_ins_and_lockouts_are_counted_without_naming_a_clinic_or_a_person()
    {
        var clinic = await Telemetry.App.SignUpClinicAsync(currency: "CHF");
        var expected = new List<(string Service, string Metric, string? Tag, string? TagValue, double Added)>
        {
            ("scheduling", "clinicops.appointments.booked", null, null, 3),
            ("scheduling", "clinicops.appointments.completed", null, null, 1),
            ("scheduling", "clinicops.appointments.cancelled", null, null, 1),
            ("scheduling", "clinicops.appointments.no_show", null, null, 1),
            ("billing", "clinicops.payments.recorded", "currency", "CHF", 2),
            ("billing", "clinicops.payments.recorded.amount", "currency", "CHF", 130),
            ("billing", "clinicops.payments.paid", "currency", "CHF", 2),
            ("billing", "clinicops.payments.paid.amount", "currency", "CHF", 130),
            ("identity", "clinicops.sign_ins", "outcome", "succeeded", 1),
            ("identity", "clinicops.sign_ins", "outcome", "failed", 5),
            ("identity", "clinicops.sign_ins.locked_out", null, null, 1),
        };
        // The baseline is read from exports made after this moment, so it holds every count of earlier tests.
        var since = DateTimeOffset.UtcNow;
        await Eventually.UntilAsync(() => Task.FromResult(Services.All(service =>
                Receiver.MetricPoints.Any(p => p.Service == service && p.At > since))),
            "a fresh export from every service", Limit);
        var before = expected.Select(e => Total(e.Service, e.Metric, e.Tag, e.TagValue)).ToList();

        var doctor = await CreateAsync(clinic.Client, "/api/doctors", new { name = "Dr Count", specialization = "General" });
        var patient = await CreateAsync(clinic.Client, "/api/patients", new { name = "Pat Count", phone = NewPhone() });
        var missed = await BookAsync(clinic.Client, doctor, patient, DateTimeOffset.UtcNow.AddSeconds(2));
        var completed = await BookAsync(clinic.Client, doctor, patient, DateTimeOffset.UtcNow.AddDays(1));
        var cancelled = await BookAsync(clinic.Client, doctor, patient, DateTimeOffset.UtcNow.AddDays(2));
        await SendAsync(clinic.Client, $"/api/appointments/{completed}/complete", new { }, HttpStatusCode.OK);
        await SendAsync(clinic.Client, $"/api/appointments/{cancelled}/cancel", new { reason = "patient asked" }, HttpStatusCode.OK);
        await Eventually.UntilAsync(async () =>
        {
            using var noShow = await clinic.Client.PostAsync($"/api/appointments/{missed}/no-show", null);
            return noShow.StatusCode == HttpStatusCode.OK;
        }, "the no-show to be accepted once the start has passed");

        await CreateAsync(clinic.Client, $"/api/appointments/{completed}/payments", new { amount = 80m, method = "card", status = "paid" },
            Guid.NewGuid().ToString());
        var pending = await CreateAsync(clinic.Client, $"/api/appointments/{completed}/payments",
            new { amount = 50m, method = "cash", status = "pending" }, Guid.NewGuid().ToString());
        await SendAsync(clinic.Client, $"/api/payments/{pending}/mark-paid", new { }, HttpStatusCode.OK);

        await SendAsync(Telemetry.App.Gateway, "/api/auth/login", new { email = clinic.Email, password = clinic.Password }, HttpStatusCode.OK);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SendAsync(Telemetry.App.Gateway, "/api/auth/login", new { email = clinic.Email, password = "not the password at all" },
                HttpStatusCode.Unauthorized);
        }

        await SendAsync(Telemetry.App.Gateway, "/api/auth/login", new { email = clinic.Email, password = clinic.Password },
            HttpStatusCode.TooManyRequests);

        await Eventually.UntilAsync(() => Task.FromResult(expected.Select((e, i) =>
                Total(e.Service, e.Metric, e.Tag, e.TagValue) - before[i] >= e.Added).All(counted => counted)),
            "every count to be exported", Limit, TimeSpan.FromMilliseconds(250));

        var ours = Receiver.MetricPoints.Where(p => p.Metric.StartsWith("clinicops.", StringComparison.Ordinal)).ToList();
        string[] personal = [clinic.ClinicId.ToString(), clinic.OwnerId.ToString(), clinic.Email, doctor.ToString(), patient.ToString()];
        Assert.DoesNotContain(ours, p => p.Tags.Keys.Any(k => k.Contains("clinic", StringComparison.OrdinalIgnoreCase))
            || p.Tags.Values.Any(v => personal.Contains(v)));
    }

    private static Task<Guid> BookAsync(HttpClient owner, Guid doctor, Guid patient, DateTimeOffset startsAt) =>
        CreateAsync(owner, "/api/appointments", new { doctorId = doctor, patientId = patient, startsAt, durationMinutes = 30 });

    /// <summary>
    /// A counter's total as last exported: the newest cumulative point of each tag set, summed over the tag sets that
    /// carry <paramref name="tag"/> = <paramref name="value"/> (all of them when no tag is given).
    /// </summary>
    private double Total(string service, string metric, string? tag, string? value) =>
        Receiver.MetricPoints
            .Where(p => p.Service == service && p.Metric == metric && (tag is null || p.Tags.GetValueOrDefault(tag) == value))
            .GroupBy(p => string.Join(",", p.Tags.OrderBy(t => t.Key).Select(t => $"{t.Key}={t.Value}")))
            .Sum(points => points.MaxBy(p => p.At)!.Value);
}
