using ClinicOps.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Reminders.Apis;

/// <summary>Reminders of an appointment, the clinic's reminder list (and call list) and the outcomes staff record.</summary>
public static class RemindersApi
{
    public static IEndpointRouteBuilder MapRemindersApi(this IEndpointRouteBuilder app)
    {
        var ofAppointment = app.MapGroup("/api/appointments/{appointmentId:guid}/reminders").WithTags("Reminders");
        ofAppointment.MapGet("", ListForAppointment);
        ofAppointment.MapPost("", Create);

        var reminders = app.MapGroup("/api/reminders").WithTags("Reminders");
        reminders.MapGet("", List);
        reminders.MapGet("/{id:guid}", Get);
        reminders.MapPost("/{id:guid}/cancel", Cancel);
        reminders.MapPost("/{id:guid}/mark-sent", MarkSent);
        reminders.MapPost("/{id:guid}/mark-failed", MarkFailed);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ReminderResponse>>> ListForAppointment(Guid appointmentId,
        [AsParameters] ReminderApiServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Reminders.ListForAppointmentAsync(appointmentId, ct));

    public static async Task<Created<ReminderResponse>> Create(Guid appointmentId, CreateReminderRequest request,
        [AsParameters] ReminderApiServices services, CancellationToken ct)
    {
        var reminder = await services.Reminders.CreateAsync(appointmentId, request, ct);
        return TypedResults.Created($"/api/reminders/{reminder.Id}", reminder);
    }

    public static async Task<Ok<PagedResult<ReminderResponse>>> List([AsParameters] ReminderListQuery query, [AsParameters] PageRequest page,
        [AsParameters] ReminderApiServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Reminders.ListAsync(query, page, ct));

    public static async Task<Ok<ReminderResponse>> Get(Guid id, [AsParameters] ReminderApiServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Reminders.GetAsync(id, ct));

    public static async Task<Ok<ReminderResponse>> Cancel(Guid id, [AsParameters] ReminderApiServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Reminders.CancelAsync(id, ct));

    public static async Task<Ok<ReminderResponse>> MarkSent(Guid id, ReminderOutcomeRequest? request, [AsParameters] ReminderApiServices services,
        CancellationToken ct) =>
        TypedResults.Ok(await services.Reminders.MarkSentAsync(id, request, ct));

    public static async Task<Ok<ReminderResponse>> MarkFailed(Guid id, ReminderOutcomeRequest? request,
        [AsParameters] ReminderApiServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Reminders.MarkFailedAsync(id, request, ct));
}
