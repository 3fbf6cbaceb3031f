using System.Net;
using System.Net.Http.Json;
using ClinicOps.Contracts.Billing;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Scheduling.Tests.Appointments;

[Collection(SchedulingCollection.Name)]
public sealed class DeleteTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Deleting_hides_the_appointment_from_every_read_and_frees_its_slot()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await clinic.Client.DeleteAsync($"/api/appointments/{booked.Id}")).StatusCode);

        await (await clinic.Client.GetAsync($"/api/appointments/{booked.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await clinic.Client.GetFromJsonAsync<PagedResult<AppointmentResponse>>("/api/appointments"))!.Items);
        await (await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { notes = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await clinic.Client.PostAsync($"/api/appointments/{booked.Id}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await clinic.Client.DeleteAsync($"/api/appointments/{booked.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var rebooked = await clinic.Client.BookAsync(booked.DoctorId, booked.PatientId, booked.StartsAt);
        Assert.NotEqual(booked.Id, rebooked.Id);
    }

    [Fact]
    public async Task A_deleted_appointment_is_kept_for_the_audit_trail()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        await clinic.Client.DeleteAsync($"/api/appointments/{booked.Id}");

        var kept = await factory.QueryAsync(clinic.Id, db => db.Appointments
            .IgnoreQueryFilters([ClinicOps.Scheduling.Infrastructure.SchedulingDbContext.SoftDeleteFilter])
            .SingleAsync(a => a.Id == booked.Id));

        Assert.NotNull(kept.DeletedAt);
        Assert.Equal("scheduled", kept.Status);
    }

    [Fact]
    public async Task Deleting_is_refused_once_billing_recorded_a_payment()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();

        await factory.Services.GetRequiredService<IBus>().Publish(new PaymentRecorded
        {
            ClinicId = clinic.Id,
            OccurredAt = DateTimeOffset.UtcNow,
            PaymentId = Guid.CreateVersion7(),
            Version = 1,
            AppointmentId = booked.Id,
            DoctorId = booked.DoctorId,
            Amount = 80m,
            Currency = "EUR",
            Method = "card",
            Status = "pending",
        });
        await Eventually.UntilAsync(() => factory.QueryAsync(clinic.Id, db => db.RecordedPayments.AnyAsync(p => p.AppointmentId == booked.Id)),
            "the PaymentRecorded event is consumed");

        var problem = await (await clinic.Client.DeleteAsync($"/api/appointments/{booked.Id}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("payments", problem.Detail);
        Assert.Equal(booked, await clinic.Client.GetAppointmentAsync(booked.Id));
    }

    [Fact]
    public async Task Deleting_with_a_stale_if_match_is_412()
    {
        var clinic = await factory.NewClinicAsync();
        var booked = await clinic.Client.BookNewAsync();
        await clinic.Client.PatchAsJsonAsync($"/api/appointments/{booked.Id}", new { notes = "changed" });

        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/appointments/{booked.Id}");
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{booked.Version}\"");

        await (await clinic.Client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }
}
