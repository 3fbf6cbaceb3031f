using System.Net;
using ClinicOps.IntegrationTests.Infrastructure.Telemetry;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Observability;

/// <summary>
/// One user action is one trace in the dashboard: the request through the gateway, and everything its events set off
/// in the other services — replicas, automatic reminders, the read model, and the reminder's delivery later.
/// </summary>
public sealed class TraceTests(TelemetryAppFixture telemetry, ITestOutputHelper output) : TelemetryTest(telemetry, output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_booking_is_one_trace_through_the_gateway_scheduling_billing_reminders_and_analytics()
    {
        var clinic = await Telemetry.App.SignUpClinicAsync();
        var doctor = await CreateAsync(clinic.Client, "/api/doctors", new { name = "Dr Trace", specialization = "General" });
        var patient = await CreateAsync(clinic.Client, "/api/patients", new { name = "Pat Trace", phone = NewPhone() });

        var (_, booking) = await SendAsync(clinic.Client, "/api/appointments",
            new { doctorId = doctor, patientId = patient, startsAt = DateTimeOffset.UtcNow.AddDays(2), durationMinutes = 30 },
            HttpStatusCode.Created);

        string[] expected = ["gateway", "scheduling", "billing", "reminders", "analytics"];
        await Eventually.GetAsync(() => Task.FromResult(ServicesIn(booking)), services => services.Include(expected),
            $"spans of {string.Join(", ", expected)} in the booking's trace {booking}", Limit, TimeSpan.FromMilliseconds(250));
        var roots = Receiver.Spans.Where(s => s.TraceId == booking && s.IsRoot).ToList();
        Assert.True(roots.All(r => r.Service == "gateway"), $"Only the gateway's request starts the trace: {string.Join("; ", roots)}");
    }

    [Fact]
    public async Task A_payment_is_one_trace_through_billing_scheduling_and_analytics()
    {
        var clinic = await Telemetry.App.SignUpClinicAsync();
        var doctor = await CreateAsync(clinic.Client, "/api/doctors", new { name = "Dr Paid", specialization = "General" });
        var patient = await CreateAsync(clinic.Client, "/api/patients", new { name = "Pat Paid", phone = NewPhone() });
        var appointment = await CreateAsync(clinic.Client, "/api/appointments",
            new { doctorId = doctor, patientId = patient, startsAt = DateTimeOffset.UtcNow.AddDays(3), durationMinutes = 30 });

        var (_, payment) = await SendAsync(clinic.Client, $"/api/appointments/{appointment}/payments",
            new { amount = 40m, method = "card", status = "paid" }, HttpStatusCode.Created, Guid.NewGuid().ToString());

        string[] expected = ["gateway", "billing", "scheduling", "analytics"];
        await Eventually.GetAsync(() => Task.FromResult(ServicesIn(payment)), services => services.Include(expected),
            $"spans of {string.Join(", ", expected)} in the payment's trace {payment}", Limit, TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task A_reminder_is_delivered_in_the_trace_that_created_it_and_its_log_line_names_the_trace_and_the_clinic()
    {
        var clinic = await Telemetry.App.SignUpClinicAsync();
        var doctor = await CreateAsync(clinic.Client, "/api/doctors", new { name = "Dr Remind", specialization = "General" });
        var patient = await CreateAsync(clinic.Client, "/api/patients",
            new { name = "Pat Remind", phone = NewPhone(), email = $"pat-{Guid.NewGuid():N}@clinicops.test" });
        var appointment = await CreateAsync(clinic.Client, "/api/appointments",
            new { doctorId = doctor, patientId = patient, startsAt = DateTimeOffset.UtcNow.AddDays(2), durationMinutes = 30 });

        var (reminder, created) = await SendAsync(clinic.Client, $"/api/appointments/{appointment}/reminders",
            new { type = "email", sendAt = DateTimeOffset.UtcNow.AddSeconds(2) }, HttpStatusCode.Created);
        var reminderId = reminder.GetProperty("id").GetGuid();

        await Eventually.UntilAsync(() => Task.FromResult(Receiver.Spans.Any(s =>
                s.TraceId == created && s.Service == "reminders" && s.Name == "send reminder")),
            $"the reminder's delivery in the trace {created} of its creation", Limit, TimeSpan.FromMilliseconds(250));
        var sent = await Eventually.GetAsync(() => Task.FromResult(Receiver.Logs.FirstOrDefault(l =>
                l.Service == "reminders" && l.Fields.GetValueOrDefault("ReminderId") == reminderId.ToString())),
            log => log is not null, $"a log line about reminder {reminderId}", Limit, TimeSpan.FromMilliseconds(250));

        Assert.Equal(created, sent!.TraceId);
        Assert.Equal(clinic.ClinicId.ToString(), sent.Fields.GetValueOrDefault("ClinicId"));
    }
}
