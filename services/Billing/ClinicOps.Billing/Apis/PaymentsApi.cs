using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Services;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Billing.Apis;

/// <summary>The "Payments" routes of the API contract. Handlers only translate HTTP to the services and back.</summary>
public static class PaymentsApi
{
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var ofAppointment = app.MapGroup("/api/appointments/{appointmentId:guid}/payments").WithTag("Payments", "Payments of appointments and their transitions: pending, paid, failed, refunded.")
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable);
        ofAppointment.MapGet("", ListAppointmentPayments)
            .WithSummary("List an appointment's payments")
            .WithDescription("Every payment of the appointment.");
        ofAppointment.MapPost("", RecordPayment)
            .WithRequestExample(new CreatePaymentRequest(45.00m, "card", "paid", "POS 4711"))
            .WithSummary("Record a payment")
            .WithDescription("Amount (omitted: the appointment type's price), method and status (pending or paid); with `Idempotency-Key` a retry with the same key and body returns the first answer, another body with that key answers 422.")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        var payments = app.MapGroup("/api/payments").WithTags("Payments").ProducesProblems(StatusCodes.Status401Unauthorized);
        payments.MapGet("", ListPayments)
            .WithSummary("List payments")
            .WithDescription("A page of the clinic's payments, filtered by status and dates.").ProducesValidationProblem();
        payments.MapGet("/{id:guid}", GetPayment)
            .WithSummary("Get a payment")
            .WithDescription("One payment of the clinic.").ProducesProblems(StatusCodes.Status404NotFound);
        payments.MapPost("/{id:guid}/mark-paid", MarkPaymentPaid)
            .WithSummary("Mark a payment paid")
            .WithDescription("From pending; 422 otherwise.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        payments.MapPost("/{id:guid}/mark-failed", MarkPaymentFailed)
            .WithSummary("Mark a payment failed")
            .WithDescription("From pending; a failed payment is retried as a new payment.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        payments.MapPost("/{id:guid}/refund", RefundPayment)
            .WithSummary("Refund a payment")
            .WithDescription("Owner only, from paid; 422 otherwise.").RequireAuthorization(Policies.Owner)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
                StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<PaymentResponse>>> ListAppointmentPayments(Guid appointmentId, [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Queries.ListForAppointmentAsync(appointmentId, services.CancellationToken));

    public static async Task<CreatedPaymentResult> RecordPayment(Guid appointmentId, CreatePaymentRequest body, HttpRequest request,
        [AsParameters] PaymentApiServices services) =>
        new(await services.Payments.CreateAsync(appointmentId, body, IdempotencyKeys.FromHeader(request.Headers[IdempotencyKeys.Header]),
            services.CancellationToken));

    public static async Task<Ok<PagedResult<PaymentResponse>>> ListPayments([AsParameters] PaymentFilter filter, [AsParameters] PageRequest page,
        [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Queries.ListAsync(filter, page, services.CancellationToken));

    public static async Task<Ok<PaymentResponse>> GetPayment(Guid id, [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Queries.GetAsync(id, services.CancellationToken));

    public static async Task<Ok<PaymentResponse>> MarkPaymentPaid(Guid id, [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Payments.MarkPaidAsync(id, services.CancellationToken));

    public static async Task<Ok<PaymentResponse>> MarkPaymentFailed(Guid id, [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Payments.MarkFailedAsync(id, services.CancellationToken));

    public static async Task<Ok<PaymentResponse>> RefundPayment(Guid id, [AsParameters] PaymentApiServices services) =>
        TypedResults.Ok(await services.Payments.RefundAsync(id, services.CancellationToken));
}
