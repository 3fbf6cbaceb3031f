using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicOps.Web.Api;

/// <summary>Payments: recording one sends the form's idempotency key, so a repeated submit never records a second payment.</summary>
public sealed partial class PaymentsClient(ApiClient api)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>A clinic's range is added up page by page; past this many payments the totals say they are partial.</summary>
    public const int MaxPaymentsInTotals = 5_000;

    private const int LargestPage = 100;

    public Task<ApiResult<List<Payment>>> ListForAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        api.GetAsync<List<Payment>>($"/api/appointments/{appointmentId}/payments", cancellationToken);

    public async Task<ApiResult<Payment>> RecordAsync(Guid appointmentId, PaymentForm form, CancellationToken cancellationToken)
    {
        using var request = ApiClient.CreateRequest(HttpMethod.Post, $"/api/appointments/{appointmentId}/payments", form.ToBody());
        // The key came back from the browser: anything but the form's own shape gets a fresh one (no header injection).
        var key = SafeKey().IsMatch(form.IdempotencyKey) ? form.IdempotencyKey : PaymentForm.NewKey();
        request.Headers.Add(IdempotencyKeyHeader, key);
        return await api.SendAsync<Payment>(request, cancellationToken);
    }

    public Task<ApiResult<Payment>> ChangeAsync(Guid paymentId, string action, CancellationToken cancellationToken) =>
        PaymentAction.IsKnown(action)
            ? api.SendAsync<Payment>(HttpMethod.Post, $"/api/payments/{paymentId}/{action}", null, null, cancellationToken)
            : Task.FromResult<ApiResult<Payment>>(new ApiProblem(400, "Unknown action", $"“{action}” is not something a payment can do.", null,
                new Dictionary<string, string[]>()));

    public Task<ApiResult<Page<Payment>>> ListAsync(PaymentQuery query, CancellationToken cancellationToken) =>
        api.GetAsync<Page<Payment>>(QueryHelpers.AddQueryString("/api/payments", query.ToParameters()), cancellationToken);

    /// <summary>Adds up every payment the filter matches (the API has no totals of its own), up to <see cref="MaxPaymentsInTotals"/>.</summary>
    public async Task<ApiResult<PaymentTotals>> TotalsAsync(PaymentQuery query, CancellationToken cancellationToken)
    {
        var payments = new List<Payment>();
        for (var page = 1; payments.Count < MaxPaymentsInTotals; page++)
        {
            var result = await ListAsync(query with { Page = page, PageSize = LargestPage }, cancellationToken);
            if (!result.Succeeded)
            {
                return result.Problem;
            }

            payments.AddRange(result.Value.Items);
            if (page >= result.Value.PageCount)
            {
                return new ApiResult<PaymentTotals>(PaymentTotals.Of(payments, complete: true), null);
            }
        }

        return new ApiResult<PaymentTotals>(PaymentTotals.Of(payments, complete: false), null);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex SafeKey();
}
