using System.Net;
using System.Net.Http.Json;
using ClinicOps.Contracts;
using ClinicOps.Contracts.Identity;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Services;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Scheduling.Tests.Events;

/// <summary>What scheduling learns from identity's and billing's events, delivered through the real broker.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class ConsumerTests(SchedulingFactory factory)
{
    private Task PublishAsync<T>(T message) where T : IntegrationEvent =>
        factory.Services.GetRequiredService<IBus>().Publish(message);

    [Fact]
    public async Task The_clinics_time_zone_from_ClinicRegistered_and_ClinicUpdated_decides_the_phone_country()
    {
        var clinic = await factory.NewClinicAsync(timeZone: null);
        var registeredAt = DateTimeOffset.UtcNow;
        await PublishAsync(new ClinicRegistered
        {
            ClinicId = clinic.Id, OccurredAt = registeredAt, Name = "London Clinic", TimeZone = "Europe/London", Currency = "GBP",
        });
        await WaitForTimeZoneAsync(clinic.Id, "Europe/London");

        Assert.Equal("+442079460018", (await clinic.Client.AddPatientAsync(phone: "020 7946 0018")).Phone);

        await PublishAsync(new ClinicUpdated
        {
            ClinicId = clinic.Id, OccurredAt = registeredAt.AddSeconds(1), Name = "Berlin Clinic", TimeZone = "Europe/Berlin", Currency = "EUR",
        });
        await WaitForTimeZoneAsync(clinic.Id, "Europe/Berlin");

        Assert.Equal("+49301234567", (await clinic.Client.AddPatientAsync(phone: "030 1234567")).Phone);
    }

    [Fact]
    public async Task The_slot_step_from_ClinicRegistered_and_ClinicUpdated_sets_the_grid_of_free_slots()
    {
        var clinic = await factory.NewClinicAsync(timeZone: null);
        var registeredAt = DateTimeOffset.UtcNow;
        await PublishAsync(new ClinicRegistered
        {
            ClinicId = clinic.Id, OccurredAt = registeredAt, Name = "Grid Clinic", TimeZone = "Europe/Berlin", Currency = "EUR", SlotStepMinutes = 30,
        });
        await WaitForTimeZoneAsync(clinic.Id, "Europe/Berlin");
        var doctor = await clinic.Client.AddDoctorAsync();
        var day = Local.Today("Europe/Berlin", 2);
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week((day.Day(), ["09:00-10:00"])));

        var halfHourly = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id, durationMinutes: 15);
        await PublishAsync(new ClinicUpdated
        {
            ClinicId = clinic.Id, OccurredAt = registeredAt.AddSeconds(1), Name = "Grid Clinic", TimeZone = "Europe/Berlin", Currency = "EUR",
            SlotStepMinutes = 20,
        });
        await Eventually.UntilAsync(() => factory.QueryAsync(clinic.Id, db => db.Clinics.AnyAsync(c => c.SlotStepMinutes == 20)), "the slot step is 20");
        var everyTwenty = await clinic.Client.FreeSlotsAsync(day, day, doctor.Id, durationMinutes: 15);

        Assert.Equal(["09:00", "09:30"], halfHourly.Select(s => Local.Clock("Europe/Berlin", s.StartsAt)));
        Assert.Equal(["09:00", "09:20", "09:40"], everyTwenty.Select(s => Local.Clock("Europe/Berlin", s.StartsAt)));
    }

    [Fact]
    public async Task A_doctor_can_be_linked_to_a_user_once_UserRegistered_arrives_and_loses_the_link_with_UserRemoved()
    {
        var clinic = await factory.NewClinicAsync();
        var userId = Guid.CreateVersion7();
        // Only an owner's request asks identity about a user not heard of yet (the whole-app ReadYourWritesTests cover it).
        var receptionist = factory.CreateClientFor(clinic.Id, "receptionist");
        var early = await receptionist.PostAsJsonAsync("/api/doctors", new { name = "Dr. A", specialization = "x", userId });
        await early.ShouldBeInvalidAsync("userId");

        await PublishAsync(new UserRegistered { ClinicId = clinic.Id, OccurredAt = DateTimeOffset.UtcNow, UserId = userId, Name = "Ada", Role = "doctor" });
        await Eventually.UntilAsync(() => factory.QueryAsync(clinic.Id, db => db.ClinicUsers.AnyAsync(u => u.UserId == userId)), "the user is known");
        var doctor = await clinic.Client.AddDoctorAsync(userId: userId);
        Assert.Equal(userId, doctor.UserId);

        await PublishAsync(new UserRemoved { ClinicId = clinic.Id, OccurredAt = DateTimeOffset.UtcNow.AddSeconds(1), UserId = userId });
        await Eventually.UntilAsync(async () =>
            (await clinic.Client.GetFromJsonAsync<DoctorResponse>($"/api/doctors/{doctor.Id}"))!.UserId is null, "the doctor is unlinked");

        var relink = await clinic.Client.PutAsJsonAsync($"/api/doctors/{doctor.Id}", new { name = "Dr. A", specialization = "x", userId });
        await relink.ShouldBeInvalidAsync("userId");
    }

    [Fact]
    public async Task A_payment_counts_once_however_often_it_is_reported()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        var paymentId = Guid.CreateVersion7();

        await factory.InClinicAsync(clinic.Id, async db =>
        {
            var replica = new RecordedPaymentReplica(db);
            await replica.RecordAsync(paymentId, booked.Id, DateTimeOffset.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
            await replica.RecordAsync(paymentId, booked.Id, DateTimeOffset.UtcNow, CancellationToken.None);
            await db.SaveChangesAsync();
        });

        Assert.Equal(1, await factory.QueryAsync(clinic.Id, db => db.RecordedPayments.CountAsync(p => p.AppointmentId == booked.Id)));
        Assert.Equal(HttpStatusCode.Conflict, (await clinic.Client.DeleteAsync($"/api/appointments/{booked.Id}")).StatusCode);
    }

    private Task WaitForTimeZoneAsync(Guid clinicId, string timeZone) =>
        Eventually.UntilAsync(() => factory.QueryAsync(clinicId, db => db.Clinics.AnyAsync(c => c.TimeZone == timeZone)),
            $"the clinic's time zone is {timeZone}");
}
