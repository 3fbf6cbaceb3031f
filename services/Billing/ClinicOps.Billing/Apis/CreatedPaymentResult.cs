using System.Reflection;
using ClinicOps.Billing.Dtos;
using ClinicOps.Billing.Services;
using Microsoft.AspNetCore.Http.Metadata;

namespace ClinicOps.Billing.Apis;

/// <summary>
/// Writes a payment POST's answer as stored — status code and JSON text exactly — with a Location header, so the
/// first answer and every idempotent replay of it are byte-identical.
/// </summary>
public sealed class CreatedPaymentResult(CreatedResponse response) : IResult, IEndpointMetadataProvider
{
    public CreatedResponse Response { get; } = response;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = Response.StatusCode;
        httpContext.Response.Headers.Location = $"/api/payments/{Response.PaymentId:D}";
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await httpContext.Response.WriteAsync(Response.Body, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, typeof(PaymentResponse), ["application/json"]));
}
