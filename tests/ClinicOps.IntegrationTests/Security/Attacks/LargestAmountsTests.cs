using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Security.Infrastructure;
using ClinicOps.Testing;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// The dashboard adds up payments as large as billing accepts: two of the largest overflowed its totals, the event went to
/// the error queue and the clinic's dashboard stopped changing.
/// </summary>
public sealed class LargestAmountsTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private const decimal Largest = 9_999_999_999.99m;

    [Fact]
    public async Task Two_of_the_largest_payments_the_API_accepts_are_counted_and_the_dashboard_keeps_updating()
    {
        var clinic = await SignUps.SignUpAsync(App);
        var owner = clinic.Client;
        var doctor = await owner.PostCreatedAsync("/api/doctors", new { name = "Dr Max Amount", specialization = "General practice" });
        var patient = await owner.PostCreatedAsync("/api/patients", new { name = "Rich Patient", phone = Phones.NewE164() });
        var now = TimeProvider.System.GetUtcNow();
        var appointment = await owner.PostCreatedAsync("/api/appointments", new
        {
            doctorId = doctor.Id(), patientId = patient.Id(), durationMinutes = 30,
            startsAt = new DateTimeOffset(now.Year, now.Month, now.Day, 10, 0, 0, TimeSpan.Zero).AddDays(2),
        });
        var payments = $"/api/appointments/{appointment.Id()}/payments";
        await Eventually.GetAsync(async () =>
        {
            // Billing learns of the appointment from scheduling's event.
            using var first = await owner.SendJsonAsync("POST", payments, new { amount = Largest, method = "transfer", status = "paid" },
                r => r.Headers.Add("Idempotency-Key", $"largest-1-{appointment.Id()}"));
            return first.StatusCode;
        }, status => status == HttpStatusCode.Created, "billing to take the first payment", TimeSpan.FromSeconds(30));
        await owner.PostCreatedAsync(payments, new { amount = Largest, method = "transfer", status = "paid" });

        await Eventually.GetAsync(() => owner.GetOkAsync("/api/dashboard"),
            d => d.GetProperty("revenue").GetDecimal() == 2 * Largest, "the dashboard to count both payments", TimeSpan.FromSeconds(20));

        await owner.SendJsonAsync("POST", $"/api/appointments/{appointment.Id()}/complete").ExpectJsonAsync(HttpStatusCode.OK);
        var dashboard = await Eventually.GetAsync(() => owner.GetOkAsync("/api/dashboard"),
            d => d.GetProperty("completedAppointments").GetInt32() == 1, "the dashboard to go on updating", TimeSpan.FromSeconds(20));
        Assert.Equal(2 * Largest, dashboard.GetProperty("revenue").GetDecimal());
        var doctors = await owner.GetOkAsync("/api/dashboard/doctors");
        Assert.Equal(2 * Largest, Assert.Single(doctors.EnumerateArray()).GetProperty("revenue").GetDecimal());
    }
}
