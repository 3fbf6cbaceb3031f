using ClinicOps.Billing.Services;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Billing.Apis;

/// <summary>The "Payments" routes of the API contract. Handlers only translate HTTP to the services and back.</summary>
public static class PaymentsApi
{
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var ofAppointment = app.MapGroup("/api/appointments/{appointmentId:guid}/payments").WithTags("Payments");
        ofAppointment.MapGet("", ListForAppointment).WithName(nameof(ListForAppointment));
        ofAppointment.MapPost("", Create).WithName(nameof(Create));

        var payments = app.MapGroup("/api/payments").WithTags("Payments");
        payments.MapGet("", List).WithName(nameof(List));
        payments.MapGet("/{id:guid}", Get).WithName(nameof(Get));
        payments.MapPost("/{id:guid}/mark-paid", MarkPaid).WithName(nameof(MarkPaid));
        payments.MapPost("/{id:guid}/mark-failed", MarkFailed).WithName(nameof(MarkFailed));
        payments.MapPost("/{id:guid}/refund", Refund).WithName(nameof(Refund))
            .RequireAuthorization(Policies.Owner).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<PaymentResponse>>> ListForAppointment(
        Guid appointmentId, [AsParameters] PaymentServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Queries.ListForAppointmentAsync(appointmentId, ct));

    public static async Task<CreatedPaymentResult> Create(
        Guid appointmentId,
        CreatePaymentRequest body,
        HttpRequest request,
        [AsParameters] PaymentServices services,
        CancellationToken ct) =>
        new(await services.Payments.CreateAsync(appointmentId, body, IdempotencyKeys.FromHeader(request.Headers[IdempotencyKeys.Header]), ct));

    public static async Task<Ok<PagedResult<PaymentResponse>>> List(
        [AsParameters] PaymentListQuery query, [AsParameters] PageRequest page, [AsParameters] PaymentServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Queries.ListAsync(query, page, ct));

    public static async Task<Ok<PaymentResponse>> Get(Guid id, [AsParameters] PaymentServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Queries.GetAsync(id, ct));

    public static async Task<Ok<PaymentResponse>> MarkPaid(Guid id, [AsParameters] PaymentServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Payments.MarkPaidAsync(id, ct));

    public static async Task<Ok<PaymentResponse>> MarkFailed(Guid id, [AsParameters] PaymentServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Payments.MarkFailedAsync(id, ct));

    public static async Task<Ok<PaymentResponse>> Refund(Guid id, [AsParameters] PaymentServices services, CancellationToken ct) =>
        TypedResults.Ok(await services.Payments.RefundAsync(id, ct));
}
