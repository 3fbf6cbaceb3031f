using ClinicOps.Reminders.Dtos;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Reminders.Apis;

/// <summary>Reminders of an appointment, the clinic's reminder list (and call list) and the outcomes staff record.</summary>
public static class RemindersApi
{
    public static IEndpointRouteBuilder MapRemindersApi(this IEndpointRouteBuilder app)
    {
        // 503: an appointment the replica lacks is looked up at scheduling, which may not answer.
        var ofAppointment = app.MapGroup("/api/appointments/{appointmentId:guid}/reminders")
            .WithTag("Reminders", "Reminders of appointments: sms and email sent when due, calls recorded by staff.")
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        ofAppointment.MapGet("", ListAppointmentReminders)
            .WithSummary("List an appointment's reminders")
            .WithDescription("Every reminder of the appointment with its status, attempts and last error.");
        ofAppointment.MapPost("", CreateReminder)
            .WithRequestExample(new CreateReminderRequest("call", "follow_up", new DateTimeOffset(2030, 5, 21, 10, 0, 0, TimeSpan.FromHours(2)), "Ask how the filling feels."))
            .WithSummary("Add a reminder to an appointment")
            .WithDescription("An sms, email or call reminder, upcoming (due before the start of a scheduled appointment) or follow-up (due after the start); at most 5 per appointment.").ProducesValidationProblem().ProducesProblems(StatusCodes.Status422UnprocessableEntity);

        var reminders = app.MapGroup("/api/reminders").WithTags("Reminders").ProducesProblems(StatusCodes.Status401Unauthorized);
        reminders.MapGet("", ListReminders)
            .WithSummary("List reminders")
            .WithDescription("A page of the clinic's reminders by status, type, purpose and due time (the call list: `type=call&status=pending`).").ProducesValidationProblem();
        reminders.MapGet("/{id:guid}", GetReminder)
            .WithSummary("Get a reminder")
            .WithDescription("One reminder of the clinic.").ProducesProblems(StatusCodes.Status404NotFound);
        reminders.MapPost("/{id:guid}/cancel", CancelReminder)
            .WithSummary("Cancel a reminder")
            .WithDescription("From pending; 422 otherwise.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        reminders.MapPost("/{id:guid}/mark-sent", MarkReminderSent)
            .WithRequestExample(new ReminderOutcomeRequest("Confirmed the visit."))
            .WithSummary("Record a call as made")
            .WithDescription("Call reminders only, from pending, with an optional note.").ProducesValidationProblem()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        reminders.MapPost("/{id:guid}/mark-failed", MarkReminderFailed)
            .WithRequestExample(new ReminderOutcomeRequest("No answer; left a voicemail."))
            .WithSummary("Record a call as unanswered")
            .WithDescription("Call reminders only, from pending, with an optional note.").ProducesValidationProblem()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ReminderResponse>>> ListAppointmentReminders(Guid appointmentId, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.ListForAppointmentAsync(appointmentId, services.CancellationToken));

    public static async Task<Created<ReminderResponse>> CreateReminder(Guid appointmentId, CreateReminderRequest request,
        [AsParameters] ReminderApiServices services)
    {
        var reminder = await services.Reminders.CreateAsync(appointmentId, request, services.CancellationToken);
        return TypedResults.Created($"/api/reminders/{reminder.Id}", reminder);
    }

    public static async Task<Ok<PagedResult<ReminderResponse>>> ListReminders([AsParameters] ReminderFilter filter, [AsParameters] PageRequest page,
        [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.ListAsync(filter, page, services.CancellationToken));

    public static async Task<Ok<ReminderResponse>> GetReminder(Guid id, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.GetAsync(id, services.CancellationToken));

    public static async Task<Ok<ReminderResponse>> CancelReminder(Guid id, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.CancelAsync(id, services.CancellationToken));

    public static async Task<Ok<ReminderResponse>> MarkReminderSent(Guid id, ReminderOutcomeRequest? request, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.MarkSentAsync(id, request, services.CancellationToken));

    public static async Task<Ok<ReminderResponse>> MarkReminderFailed(Guid id, ReminderOutcomeRequest? request, [AsParameters] ReminderApiServices services) =>
        TypedResults.Ok(await services.Reminders.MarkFailedAsync(id, request, services.CancellationToken));
}
