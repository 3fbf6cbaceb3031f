using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Services;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

public static class AppointmentsApi
{
    public static IEndpointRouteBuilder MapAppointmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appointments").WithTag("Appointments", "Booking, rescheduling and the status of appointments.")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapGet("/", ListAppointments)
            .WithSummary("List appointments")
            .WithDescription("A page of appointments, filtered by dates, doctor, patient and status.");
        api.MapPost("/", BookAppointment)
            .WithRequestExample(new CreateAppointmentRequest(Guid.Parse("0196d3a8-7d2c-7b1e-9c4a-3f1e2d5c6b7a"), Guid.Parse("0196d3a8-9e4f-7a21-8b3c-1d2e3f4a5b6c"), new DateTimeOffset(2030, 5, 14, 9, 30, 0, TimeSpan.FromHours(2)), 30, "First visit", Guid.Parse("0196d3a8-5b1a-7c3d-8e2f-4a5b6c7d8e9f"))).SendsETag()
            .WithSummary("Book an appointment")
            .WithDescription("In the future, without overlapping the doctor's scheduled appointments (409), inside the doctor's working hours and outside their time off (422) unless `allowOutsideHours` (owner or receptionist).").ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/{id:guid}", GetAppointment).SendsETag()
            .WithSummary("Get an appointment")
            .WithDescription("One appointment, with its version as `ETag`.");
        api.MapPatch("/{id:guid}", UpdateAppointment)
            .WithRequestExample(new UpdateAppointmentRequest(new DateTimeOffset(2030, 5, 15, 11, 0, 0, TimeSpan.FromHours(2)), 45, null, "Moved at the patient's request")).SendsETag()
            .WithSummary("Reschedule or edit an appointment")
            .WithDescription("Only while scheduled, under the booking rules; an optional `If-Match` that is stale answers 412.")
            .ProducesProblems(StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/{id:guid}", DeleteAppointment)
            .WithSummary("Delete a mistaken booking")
            .WithDescription("Allowed while the appointment has no payment recorded (409 otherwise); it disappears from every read, list, reminder and figure.").ProducesProblems(StatusCodes.Status412PreconditionFailed);
        api.MapAppointmentStatusApi();
        return app;
    }

    public static async Task<Ok<PagedResult<AppointmentResponse>>> ListAppointments(
        [AsParameters] AppointmentFilter filter, [AsParameters] PageRequest page, [AsParameters] AppointmentApiServices services) =>
        TypedResults.Ok(await services.Queries.ListAsync(filter, page, services.CancellationToken));

    public static async Task<Created<AppointmentResponse>> BookAppointment(
        CreateAppointmentRequest request, HttpResponse response, [AsParameters] AppointmentApiServices services)
    {
        var booked = Answer(await services.Appointments.BookAsync(request, services.CancellationToken), response);
        return TypedResults.Created($"/api/appointments/{booked.Id}", booked);
    }

    public static async Task<Ok<AppointmentResponse>> GetAppointment(Guid id, HttpResponse response, [AsParameters] AppointmentApiServices services) =>
        TypedResults.Ok(Answer(await services.Queries.GetAsync(id, services.CancellationToken), response));

    public static async Task<Ok<AppointmentResponse>> UpdateAppointment(Guid id, UpdateAppointmentRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, [AsParameters] AppointmentApiServices services) =>
        TypedResults.Ok(Answer(await services.Appointments.UpdateAsync(id, request, ifMatch, services.CancellationToken), response));

    public static async Task<NoContent> DeleteAppointment(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        [AsParameters] AppointmentApiServices services)
    {
        await services.Appointments.DeleteAsync(id, ifMatch, services.CancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The appointment as JSON, with its row version as `ETag` (the same value as `version`).</summary>
    internal static AppointmentResponse Answer(AppointmentView view, HttpResponse response) =>
        Answer(AppointmentResponse.From(view), response);

    internal static AppointmentResponse Answer(AppointmentResponse appointment, HttpResponse response)
    {
        response.SetETag(appointment.Version);
        return appointment;
    }
}
