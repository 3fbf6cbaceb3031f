using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Services;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Billing.Apis;

/// <summary>The "Payments" routes of the API contract. Handlers only translate HTTP to the services and back.</summary>
public static class PaymentsApi
{
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var ofAppointment = app.MapGroup("/api/appointments/{appointmentId:guid}/payments").WithTags("Payments")
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        ofAppointment.MapGet("", ListForAppointment).WithName(nameof(ListForAppointment));
        ofAppointment.MapPost("", Create).WithName(nameof(Create))
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        var payments = app.MapGroup("/api/payments").WithTags("Payments").ProducesProblems(StatusCodes.Status401Unauthorized);
        payments.MapGet("", List).WithName(nameof(List)).ProducesValidationProblem();
        payments.MapGet("/{id:guid}", Get).WithName(nameof(Get)).ProducesProblems(StatusCodes.Status404NotFound);
        payments.MapPost("/{id:guid}/mark-paid", MarkPaid).WithName(nameof(MarkPaid))
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        payments.MapPost("/{id:guid}/mark-failed", MarkFailed).WithName(nameof(MarkFailed))
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        payments.MapPost("/{id:guid}/refund", Refund).WithName(nameof(Refund)).RequireAuthorization(Policies.Owner)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
                StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<PaymentResponse>>> ListForAppointment(Guid appointmentId, [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Queries.ListForAppointmentAsync(appointmentId, services.CancellationToken));

    public static async Task<CreatedPaymentResult> Create(Guid appointmentId, CreatePaymentRequest body, HttpRequest request,
        [AsParameters] PaymentApiServices services) =>
        new(await services.Payments.CreateAsync(appointmentId, body, IdempotencyKeys.FromHeader(request.Headers[IdempotencyKeys.Header]),
            services.CancellationToken));

    public static async Task<Ok<PagedResult<PaymentResponse>>> List([AsParameters] PaymentFilter filter, [AsParameters] PageRequest page,
        [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Queries.ListAsync(filter, page, services.CancellationToken));

    public static async Task<Ok<PaymentResponse>> Get(Guid id, [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Queries.GetAsync(id, services.CancellationToken));

    public static async Task<Ok<PaymentResponse>> MarkPaid(Guid id, [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Payments.MarkPaidAsync(id, services.CancellationToken));

    public static async Task<Ok<PaymentResponse>> MarkFailed(Guid id, [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Payments.MarkFailedAsync(id, services.CancellationToken));

    public static async Task<Ok<PaymentResponse>> Refund(Guid id, [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Payments.RefundAsync(id, services.CancellationToken));
}
