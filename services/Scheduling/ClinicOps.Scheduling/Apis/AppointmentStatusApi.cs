using ClinicOps.Scheduling.Dtos;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

/// <summary>The status actions: complete, cancel and no-show, each from scheduled only (422 otherwise).</summary>
public static class AppointmentStatusApi
{
    public static RouteGroupBuilder MapAppointmentStatusApi(this RouteGroupBuilder api)
    {
        api.MapPost("/{id:guid}/complete", CompleteAppointment).SendsETag()
            .WithSummary("Complete an appointment")
            .WithDescription("Allowed from scheduled, also after the start time has passed; 422 otherwise.").ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/{id:guid}/cancel", CancelAppointment)
            .WithRequestExample(new CancelAppointmentRequest("The patient is ill.")).SendsETag()
            .WithSummary("Cancel an appointment")
            .WithDescription("From scheduled, with an optional reason; it counts as a cancellation in the figures.").ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/{id:guid}/no-show", MarkNoShow).SendsETag()
            .WithSummary("Mark an appointment as a no-show")
            .WithDescription("From scheduled, once its start has passed.").ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    public static async Task<Ok<AppointmentResponse>> CompleteAppointment(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpResponse response, [AsParameters] AppointmentApiServices services) =>
        TypedResults.Ok(AppointmentsApi.Answer(await services.Appointments.CompleteAsync(id, ifMatch, services.CancellationToken), response));

    public static async Task<Ok<AppointmentResponse>> CancelAppointment(Guid id, CancelAppointmentRequest? request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, [AsParameters] AppointmentApiServices services) =>
        TypedResults.Ok(AppointmentsApi.Answer(
            await services.Appointments.CancelAsync(id, request, ifMatch, services.CancellationToken), response));

    public static async Task<Ok<AppointmentResponse>> MarkNoShow(Guid id, [FromHeader(Name = "If-Match")] string? ifMatch,
        HttpResponse response, [AsParameters] AppointmentApiServices services) =>
        TypedResults.Ok(AppointmentsApi.Answer(await services.Appointments.MarkNoShowAsync(id, ifMatch, services.CancellationToken), response));
}
