using System.Globalization;

namespace ClinicOps.Benchmarks.Api;

/// <summary>
/// Signs up the run's clinics through the gateway and gives each its doctors, patients and a few appointments,
/// all with real API calls. Sign-ups run two at a time (bcrypt is CPU-bound on purpose); the rest runs wider.
/// </summary>
public static class ClinicSetup
{
    public const int DoctorsPerClinic = 5;
    public const int PatientsPerClinic = 10;
    public const int SlotMinutes = 15;
    public const string TimeZone = "Europe/London";

    /// <param name="appointments">How many appointments each clinic books at set-up (one entry per clinic).</param>
    public static async Task<IReadOnlyList<BenchClinic>> CreateAsync(ApiClient gateway, string runId, IReadOnlyList<int> appointments,
        DateTimeOffset firstSlot, CancellationToken cancellationToken)
    {
        var count = appointments.Count;
        var clinics = new BenchClinic[count];
        // The first sign-up pays identity's one-time costs (time-zone list, JIT) alone; the others follow two at a time.
        clinics[0] = await SignUpAsync(gateway, runId, 0, firstSlot, cancellationToken);
        await Parallel.ForEachAsync(Enumerable.Range(1, count - 1),
            new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
            async (i, ct) => clinics[i] = await SignUpAsync(gateway, runId, i, firstSlot, ct));
        await Parallel.ForEachAsync(Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, ct) => await PopulateAsync(gateway, clinics[i], appointments[i], ct));
        return clinics;
    }

    /// <summary>
    /// Waits (bounded) until the dashboard of every clinic counts its set-up appointments, so the figures do not start
    /// while the set-up's events are still being consumed; answers how many clinics were still behind.
    /// </summary>
    public static async Task<int> WaitForReadModelAsync(ApiClient gateway, IReadOnlyList<BenchClinic> clinics,
        TimeSpan within, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        var behind = clinics.ToList();
        while (behind.Count > 0 && DateTimeOffset.UtcNow < deadline)
        {
            var dashboard = await gateway.SendAsync<Dashboard>(HttpMethod.Get, "/api/dashboard", behind[0].Token, cancellationToken: cancellationToken);
            if (dashboard.IsSuccess && dashboard.Value?.TotalAppointments >= behind[0].Appointments.Count)
            {
                behind.RemoveAt(0);
            }
            else
            {
                await Task.Delay(200, cancellationToken);
            }
        }

        return behind.Count;
    }

    private static async Task<BenchClinic> SignUpAsync(ApiClient gateway, string runId, int index, DateTimeOffset firstSlot,
        CancellationToken cancellationToken)
    {
        var auth = await WithRetriesAsync("POST /api/clinics", attempt => gateway.SendAsync<AuthAnswer>(HttpMethod.Post, "/api/clinics", null, new
        {
            clinicName = $"Benchmark clinic {index}",
            timeZone = TimeZone,
            currency = "GBP",
            ownerName = "Benchmark Owner",
            email = $"bench-{runId}-{index}-{attempt}@example.com",
            password = $"Bench-{Guid.NewGuid():N}",
        }, cancellationToken: cancellationToken), cancellationToken);
        return new BenchClinic(auth.Clinic.Id, auth, new SlotPlan(firstSlot, DoctorsPerClinic, SlotMinutes));
    }

    private static async Task PopulateAsync(ApiClient gateway, BenchClinic clinic, int appointments, CancellationToken cancellationToken)
    {
        for (var d = 0; d < DoctorsPerClinic; d++)
        {
            var name = $"Dr Bench {d}";
            var doctor = await WithRetriesAsync("POST /api/doctors", _ => gateway.SendAsync<Created>(HttpMethod.Post, "/api/doctors", clinic.Token,
                new { name, specialization = d % 2 == 0 ? "General practice" : "Dentistry" }, cancellationToken: cancellationToken), cancellationToken);
            clinic.Doctors.Add(doctor.Id);
        }

        for (var p = 0; p < PatientsPerClinic; p++)
        {
            // UK mobile numbers (07911 range) in international form, so they validate whatever the clinic's country;
            // a retry takes another number, as the first attempt may have been stored after all.
            var name = $"Patient Bench {p}";
            var patient = await WithRetriesAsync("POST /api/patients", attempt => gateway.SendAsync<Created>(HttpMethod.Post, "/api/patients",
                clinic.Token, new { name, phone = "+447911" + (100000 + (attempt * 1000) + p).ToString(CultureInfo.InvariantCulture) },
                cancellationToken: cancellationToken), cancellationToken);
            clinic.Patients.Add(patient.Id);
        }

        for (var a = 0; a < appointments; a++)
        {
            var patient = a;
            var booked = await WithRetriesAsync("POST /api/appointments", _ => gateway.SendAsync<Created>(HttpMethod.Post, "/api/appointments",
                clinic.Token, clinic.NextBooking(patient), cancellationToken: cancellationToken), cancellationToken);
            clinic.Appointments.Add(booked.Id);
        }
    }

    /// <summary>
    /// Set-up must not fail on one slow answer of a busy machine: no answer or a 5xx is tried again (up to 5 times), each
    /// time with a fresh unique value (email, phone, slot) in case an earlier attempt was stored after all.
    /// </summary>
    private static async Task<T> WithRetriesAsync<T>(string what, Func<int, Task<ApiResponse<T>>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var answer = await call(attempt);
            if (answer.IsSuccess || attempt == 5 || answer.Status is > 0 and < 500)
            {
                return answer.Require(what);
            }

            await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
        }
    }
}
