using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Services;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

public static class AppointmentsApi
{
    public static IEndpointRouteBuilder MapAppointmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appointments").WithTags("Appointments")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapGet("/", ListAppointments);
        api.MapPost("/", BookAppointment).ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/{id:guid}", GetAppointment);
        api.MapPatch("/{id:guid}", UpdateAppointment)
            .ProducesProblems(StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/{id:guid}", DeleteAppointment).ProducesProblems(StatusCodes.Status412PreconditionFailed);
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
