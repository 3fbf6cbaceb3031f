using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Schedule;

[Collection(SchedulingCollection.Name)]
public sealed class AvailabilityTests(SchedulingFactory factory)
{
    private const string Berlin = "Europe/Berlin";

    private static IEnumerable<string> Times(IEnumerable<FreeSlotResponse> slots) => slots.Select(s => Local.Clock(Berlin, s.StartsAt));

    [Fact]
    public async Task Free_slots_are_the_grid_starts_inside_hours_outside_time_off_and_scheduled_appointments()
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var day = Local.Today(Berlin, 3);
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week((day.Day(), ["09:00-12:00"])));
        await clinic.Client.BookAsync(doctor.Id, patient.Id, Local.At(Berlin, day, "10:00"));
        var cancelled = await clinic.Client.BookAsync(doctor.Id, patient.Id, Local.At(Berlin, day, "09:00"));
        await clinic.Client.PostAsync($"/api/appointments/{cancelled.Id}/cancel", null);
        var deleted = await clinic.Client.BookAsync(doctor.Id, patient.Id, Local.At(Berlin, day, "09:30"));
        await clinic.Client.DeleteAsync($"/api/appointments/{deleted.Id}");
        await clinic.Client.AddTimeOffAsync(doctor.Id, Local.At(Berlin, day, "11:15"), Local.At(Berlin, day, "11:45"));

        var slots = await clinic.Client.FreeSlotsAsync(day, day.AddDays(1), doctor.Id, durationMinutes: 30);

        Assert.Equal(["09:00", "09:15", "09:30", "10:30", "10:45"], Times(slots));
        Assert.All(slots, s => Assert.Equal((doctor.Id, s.StartsAt.AddMinutes(30)), (s.DoctorId, s.EndsAt)));
        Assert.Equal(Local.At(Berlin, day, "09:00"), slots[0].StartsAt);
        Assert.Equal(TimeSpan.Zero, slots[0].StartsAt.Offset);
    }

    [Fact]
    public async Task The_clinics_slot_step_sets_the_grid()
    {
        var clinic = await factory.NewClinicAsync(Berlin, slotStepMinutes: 20);
        var doctor = await clinic.Client.AddDoctorAsync();
        var day = Local.Today(Berlin, 2);
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week((day.Day(), ["09:00-10:30"])));

        var slots = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id, durationMinutes: 30);

        Assert.Equal(["09:00", "09:20", "09:40", "10:00"], Times(slots));
    }

    [Fact]
    public async Task A_type_gives_the_slot_its_length_unless_a_duration_is_given()
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var doctor = await clinic.Client.AddDoctorAsync();
        var type = await clinic.Client.AddTypeAsync("Long visit", 90, 100);
        var day = Local.Today(Berlin, 2);
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week((day.Day(), ["09:00-11:00"])));

        var byType = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id, appointmentTypeId: type.Id);
        var byDuration = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id, durationMinutes: 105, appointmentTypeId: type.Id);
        var byDefault = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id);

        Assert.Equal(["09:00", "09:15", "09:30"], Times(byType));
        Assert.Equal(["09:00", "09:15"], Times(byDuration));
        Assert.Equal(7, byDefault.Count);
    }

    [Fact]
    public async Task All_doctors_are_searched_without_a_doctor_and_slots_come_by_start_then_doctor()
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var first = await clinic.Client.AddDoctorAsync("Dr. First");
        var second = await clinic.Client.AddDoctorAsync("Dr. Second");
        var day = Local.Today(Berlin, 2);
        await clinic.Client.SetHoursAsync(first.Id, ScheduleApi.Week((day.Day(), ["09:00-10:00"])));
        await clinic.Client.SetHoursAsync(second.Id, ScheduleApi.Week((day.Day(), ["09:30-10:30"])));

        var slots = await clinic.Client.FreeSlotsAsync(day, day, durationMinutes: 30);

        var (a, b) = first.Id.CompareTo(second.Id) < 0 ? (first.Id, second.Id) : (second.Id, first.Id);
        Assert.Equal(
            [("09:00", first.Id), ("09:15", first.Id), ("09:30", a), ("09:30", b), ("09:45", second.Id), ("10:00", second.Id)],
            slots.Select(s => (Local.Clock(Berlin, s.StartsAt), s.DoctorId)));
    }

    [Fact]
    public async Task A_doctor_without_hours_is_free_all_day_and_no_slot_is_ever_in_the_past()
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var doctor = await clinic.Client.AddDoctorAsync();
        var today = Local.Today(Berlin);

        var tomorrow = await clinic.Client.FreeSlotsAsync(today.AddDays(1), today.AddDays(1), doctor.Id, durationMinutes: 15);
        var fromToday = await clinic.Client.FreeSlotsAsync(today.AddDays(-2), today, doctor.Id, durationMinutes: 15);

        Assert.InRange(tomorrow.Count, 92, 100); // 96, or 92 / 100 on a clock-change day
        Assert.All(fromToday, s => Assert.True(s.StartsAt > DateTimeOffset.UtcNow.AddSeconds(-5)));
        Assert.True(fromToday.Count < 96);
    }

    [Fact]
    public async Task An_archived_type_is_422_and_another_clinics_or_an_unknown_doctor_or_type_is_404()
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var other = await factory.NewClinicAsync(Berlin);
        var othersDoctor = await other.Client.AddDoctorAsync();
        var othersType = await other.Client.AddTypeAsync("Check-up");
        var archived = await clinic.Client.AddTypeAsync("Gone");
        await clinic.Client.DeleteAsync($"/api/appointment-types/{archived.Id}");
        var day = Local.Today(Berlin, 1);

        await (await clinic.Client.GetAvailabilityAsync(day, day, appointmentTypeId: archived.Id)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        foreach (var id in new[] { othersDoctor.Id, Guid.CreateVersion7() })
        {
            var problem = await (await clinic.Client.GetAvailabilityAsync(day, day, doctorId: id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal("Doctor not found.", problem.Detail);
        }

        foreach (var id in new[] { othersType.Id, Guid.CreateVersion7() })
        {
            await (await clinic.Client.GetAvailabilityAsync(day, day, appointmentTypeId: id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Theory]
    [InlineData("to", "from={today}&to={plus31}")]
    [InlineData("to", "from={today}&to={minus1}")]
    [InlineData("from", "to={today}")]
    [InlineData("to", "from={today}")]
    [InlineData("durationMinutes", "from={today}&to={today}&durationMinutes=4")]
    [InlineData("durationMinutes", "from={today}&to={today}&durationMinutes=481")]
    [InlineData("from", "from=0001-01-01&to=0001-01-02")]
    [InlineData("to", "from=9999-12-30&to=9999-12-31")]
    public async Task A_bad_range_or_length_is_400_naming_the_field(string field, string query)
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var today = Local.Today(Berlin);
        var path = "/api/availability?" + query.Replace("{today}", ScheduleApi.Day(today)).Replace("{plus31}", ScheduleApi.Day(today.AddDays(31)))
            .Replace("{minus1}", ScheduleApi.Day(today.AddDays(-1)));

        await (await clinic.Client.GetAsync(path)).ShouldBeInvalidAsync(field);
    }

    [Theory]
    [InlineData("from=tomorrow&to=2027-01-01")]
    [InlineData("from=2027-01-01&to=2027-01-02&durationMinutes=long")]
    [InlineData("from=2027-01-01&to=2027-01-02&doctorId=not-a-guid")]
    public async Task A_value_that_is_not_a_date_number_or_id_is_400(string query)
    {
        var clinic = await factory.NewClinicAsync(Berlin);

        await (await clinic.Client.GetAsync($"/api/availability?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Thirty_one_days_are_allowed()
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        await clinic.Client.AddDoctorAsync();
        var today = Local.Today(Berlin);

        Assert.NotEmpty(await clinic.Client.FreeSlotsAsync(today, today.AddDays(30), durationMinutes: 60));
    }

    [Fact]
    public async Task A_clinic_that_signed_up_a_moment_ago_books_on_its_own_clock_and_grid_before_its_settings_reach_scheduling()
    {
        const string london = "Europe/London";
        var clinic = await factory.NewClinicAsync(timeZone: null);
        factory.Identity.SignUpClinic(clinic.Id, london, slotStepMinutes: 30);
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var day = Local.Today(london, 2);
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week((day.Day(), ["09:00-10:30"])));

        var slots = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id, durationMinutes: 30);
        var booked = await clinic.Client.BookAsync(doctor.Id, patient.Id, Local.At(london, day, "09:30"));

        Assert.Equal(["09:00", "09:30", "10:00"], slots.Select(s => Local.Clock(london, s.StartsAt)));
        Assert.Equal(Local.At(london, day, "09:30"), booked.StartsAt);
        Assert.Equal(["09:00", "10:00"], (await clinic.Client.FreeSlotsAsync(day, day, doctor.Id, durationMinutes: 30))
            .Select(s => Local.Clock(london, s.StartsAt)));
    }

    [Fact]
    public async Task Before_the_clinics_time_zone_reaches_scheduling_or_identity_answers_for_it_availability_is_503_with_retry_after()
    {
        var clinic = await factory.NewClinicAsync(timeZone: null);
        var today = Local.Today(Berlin);

        var response = await clinic.Client.GetAvailabilityAsync(today, today);

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("receptionist")]
    [InlineData("doctor")]
    public async Task Every_staff_role_reads_free_slots(string role)
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var doctor = await clinic.Client.AddDoctorAsync();
        var day = Local.Today(Berlin, 1);
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week((day.Day(), ["09:00-10:00"])));

        var slots = await factory.As(clinic, role).FreeSlotsAsync(day, day, doctor.Id);

        Assert.Equal(3, slots.Count);
    }

    [Fact]
    public async Task A_clinic_without_doctors_has_no_free_slots()
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var today = Local.Today(Berlin);

        var response = await clinic.Client.GetAvailabilityAsync(today, today.AddDays(1));

        Assert.Empty((await response.ReadAsync<AvailabilityResponse>(HttpStatusCode.OK)).Items);
        Assert.Equal("{\"items\":[]}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Booking_a_slot_takes_it_out_of_the_free_slots()
    {
        var clinic = await factory.NewClinicAsync(Berlin);
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var day = Local.Today(Berlin, 2);
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week((day.Day(), ["09:00-10:00"])));

        var before = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id);
        await clinic.Client.BookAsync(doctor.Id, patient.Id, before[1].StartsAt);
        var after = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id);

        Assert.Equal(["09:00", "09:15", "09:30"], Times(before));
        Assert.Empty(after);
        var list = await clinic.Client.GetFromJsonAsync<AvailabilityResponse>(
            $"/api/availability?doctorId={doctor.Id}&from={ScheduleApi.Day(day)}&to={ScheduleApi.Day(day)}&durationMinutes=15");
        Assert.Equal(["09:00", "09:45"], Times(list!.Items));
    }
}
