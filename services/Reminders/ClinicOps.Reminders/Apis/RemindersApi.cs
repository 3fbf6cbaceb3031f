using ClinicOps.Reminders.Dtos;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Reminders.Apis;

/// <summary>Reminders of an appointment, the clinic's reminder list (and call list) and the outcomes staff record.</summary>
public static class RemindersApi
{
    public static IEndpointRouteBuilder MapRemindersApi(this IEndpointRouteBuilder app)
    {
        // 503: an appointment the replica lacks is looked up at scheduling, which may not answer.
        var ofAppointment = app.MapGroup("/api/appointments/{appointmentId:guid}/reminders").WithTags("Reminders")
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        ofAppointment.MapGet("", ListForAppointment);
        ofAppointment.MapPost("", Create).ProducesValidationProblem().ProducesProblems(StatusCodes.Status422UnprocessableEntity);

        var reminders = app.MapGroup("/api/reminders").WithTags("Reminders").ProducesProblems(StatusCodes.Status401Unauthorized);
        reminders.MapGet("", List).ProducesValidationProblem();
        reminders.MapGet("/{id:guid}", Get).ProducesProblems(StatusCodes.Status404NotFound);
        reminders.MapPost("/{id:guid}/cancel", Cancel)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        reminders.MapPost("/{id:guid}/mark-sent", MarkSent).ProducesValidationProblem()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        reminders.MapPost("/{id:guid}/mark-failed", MarkFailed).ProducesValidationProblem()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ReminderResponse>>> ListForAppointment(Guid appointmentId, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.ListForAppointmentAsync(appointmentId, services.CancellationToken));

    public static async Task<Created<ReminderResponse>> Create(Guid appointmentId, CreateReminderRequest request,
        [AsParameters] ReminderApiServices services)
    {
        var reminder = await services.Reminders.CreateAsync(appointmentId, request, services.CancellationToken);
        return TypedResults.Created($"/api/reminders/{reminder.Id}", reminder);
    }

    public static async Task<Ok<PagedResult<ReminderResponse>>> List([AsParameters] ReminderFilter filter, [AsParameters] PageRequest page,
        [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.ListAsync(filter, page, services.CancellationToken));

    public static async Task<Ok<ReminderResponse>> Get(Guid id, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.GetAsync(id, services.CancellationToken));

    public static async Task<Ok<ReminderResponse>> Cancel(Guid id, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.CancelAsync(id, services.CancellationToken));

    public static async Task<Ok<ReminderResponse>> MarkSent(Guid id, ReminderOutcomeRequest? request, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.MarkSentAsync(id, request, services.CancellationToken));

    public static async Task<Ok<ReminderResponse>> MarkFailed(Guid id, ReminderOutcomeRequest? request, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.MarkFailedAsync(id, request, services.CancellationToken));
}
