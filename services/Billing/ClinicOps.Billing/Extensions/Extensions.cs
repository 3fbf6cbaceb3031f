using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Infrastructure.Http;
using ClinicOps.Billing.Model;
using ClinicOps.Billing.Services;
using ClinicOps.Contracts.Billing;
using ClinicOps.Contracts.Identity;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Auth.Access;
using ClinicOps.ServiceDefaults.Http;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Billing.Extensions;

public static class Extensions
{
    public const string ServiceName = "billing";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddBillingDatabase();
        builder.AddMessaging<BillingDbContext>(ServiceName, events => events
            .Handle<ClinicRegistered, ClinicReplica<BillingDbContext, Clinic>>()
            .Handle<ClinicUpdated, ClinicReplica<BillingDbContext, Clinic>>()
            .Handle<AppointmentScheduled, AppointmentReplica>()
            .Handle<AppointmentRescheduled, AppointmentReplica>()
            .Handle<AppointmentCompleted, AppointmentReplica>()
            .Handle<AppointmentCancelled, AppointmentReplica>()
            .Handle<AppointmentMarkedNoShow, AppointmentReplica>()
            .Handle<AppointmentDeleted, AppointmentReplica>()
            .Handle<UserAccessChanged, UserAccessReplica<BillingDbContext>>());
        builder.AddUserAccessCheck<BillingDbContext>();

        builder.AddUpstreamClients();

        var services = builder.Services;
        services.AddSingleton<BillingMetrics>();
        services.AddScoped<PaymentService>();
        services.AddScoped<PaymentQueries>();
        services.AddScoped<ClinicCurrencies>();
        services.AddScoped<IdempotencyKeys>();
        services.AddHostedService<IdempotencyKeyCleanup>();
        return builder;
    }

    private static void AddBillingDatabase(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<BillingDbContext>(ServiceName);

        builder.Services.AddConstraintMessage("ck_payments_amount", "amount must be greater than 0.");
        builder.Services.AddConstraintMessage("ck_payments_status", $"status is not one of {string.Join(", ", PaymentStatuses.All)}.");
        builder.Services.AddConstraintMessage("ck_payments_method", $"method is not one of {string.Join(", ", PaymentMethods.All)}.");
    }

    /// <summary>
    /// Scheduling and identity, asked only when an event has not arrived yet. The addresses are configurable
    /// (<c>Services:Scheduling</c>, <c>Services:Identity</c>); by default service discovery resolves the service names.
    /// </summary>
    private static void AddUpstreamClients(this IHostApplicationBuilder builder) => builder
        .AddAppointmentDirectory<BillingDbContext, Appointment>()
        .AddUpstreamClient<IdentityClient>(IdentityClient.ConfigurationKey, IdentityClient.DefaultAddress);
}
