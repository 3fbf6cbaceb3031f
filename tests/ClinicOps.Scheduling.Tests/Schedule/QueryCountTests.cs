using System.Net;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Scheduling.Tests.Schedule;

/// <summary>A day's calendar and a month of free slots each take a fixed few SQL commands, however much they show.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class QueryCountTests(SchedulingFactory factory) : IDisposable
{
    private const string Berlin = "Europe/Berlin";
    private readonly SqlCommands _sql = new();

    public void Dispose() => _sql.Dispose();

    [Fact]
    public async Task A_days_calendar_with_every_name_is_read_with_the_same_commands_for_one_appointment_or_twelve()
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var day = Local.Today(Berlin, 3);
        var path = $"/api/appointments?from={Uri.EscapeDataString(Local.At(Berlin, day, "00:00").ToString("O"))}"
            + $"&to={Uri.EscapeDataString(Local.At(Berlin, day.AddDays(1), "00:00").ToString("O"))}&pageSize=100";
        await BookAsync(clinic, day, 1);
        var (_, one) = await _sql.GetAsync(clinic.Client, path);

        await BookAsync(clinic, day, 11);
        var (response, twelve) = await _sql.GetAsync(clinic.Client, path);

        var page = await response.ReadAsync<PagedResult<AppointmentResponse>>(HttpStatusCode.OK);
        Assert.Equal(12, page.Items.Count);
        Assert.All(page.Items, a => Assert.StartsWith("Type ", a.AppointmentTypeName, StringComparison.Ordinal));
        Assert.Equal(12, page.Items.Select(a => a.DoctorName).Distinct().Count());
        Assert.NotEmpty(one);
        Assert.True(one.Count == twelve.Count, $"one appointment:\n{string.Join('\n', one)}\ntwelve:\n{string.Join('\n', twelve)}");
        Assert.True(twelve.Count <= 2, string.Join(Environment.NewLine, twelve));
    }

    [Fact]
    public async Task Free_slots_of_every_doctor_over_31_days_take_as_few_commands_as_one_doctor_over_one_day()
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var day = Local.Today(Berlin, 1);
        var doctors = await BookAsync(clinic, day, 3);
        foreach (var doctor in doctors)
        {
            await clinic.Client.SetHoursAsync(doctor, ScheduleApi.EveryDay("08:00-12:00", "13:00-17:00"));
            await clinic.Client.AddTimeOffAsync(doctor, Local.At(Berlin, day.AddDays(5), "00:00"), Local.At(Berlin, day.AddDays(7), "00:00"));
        }

        var type = await clinic.Client.AddTypeAsync("Visit", 20);
        var (_, small) = await _sql.GetAsync(clinic.Client,
            $"/api/availability?doctorId={doctors[0]}&from={ScheduleApi.Day(day)}&to={ScheduleApi.Day(day)}&appointmentTypeId={type.Id}");
        var (response, large) = await _sql.GetAsync(clinic.Client,
            $"/api/availability?from={ScheduleApi.Day(day)}&to={ScheduleApi.Day(day.AddDays(30))}&appointmentTypeId={type.Id}");

        Assert.True((await response.ReadAsync<AvailabilityResponse>(HttpStatusCode.OK)).Items.Count > 1000);
        Assert.True(small.Count == large.Count, $"one doctor, one day:\n{string.Join('\n', small)}\nevery doctor, 31 days:\n{string.Join('\n', large)}");
        Assert.True(large.Count <= 6, string.Join(Environment.NewLine, large));
    }

    /// <summary>Books <paramref name="count"/> appointments on <paramref name="day"/>, each with its own doctor, patient and type.</summary>
    private static async Task<List<Guid>> BookAsync(TestClinic clinic, DateOnly day, int count)
    {
        var doctors = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var tag = Guid.CreateVersion7().ToString("N")[^6..];
            var doctor = await clinic.Client.AddDoctorAsync($"Dr. {tag}");
            var patient = await clinic.Client.AddPatientAsync($"Patient {tag}");
            var type = await clinic.Client.AddTypeAsync($"Type {tag}", 30, 10 + i);
            var startsAt = Local.At(Berlin, day, "10:00").AddMinutes(i * 30);
            await (await clinic.Client.PostBookingAsync(new { doctorId = doctor.Id, patientId = patient.Id, startsAt, appointmentTypeId = type.Id }))
                .ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
            doctors.Add(doctor.Id);
        }

        return doctors;
    }
}
