using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.IntegrationEvents;
using ClinicOps.Analytics.IntegrationEvents.EventHandling;
using ClinicOps.Analytics.Services;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Auth.Access;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Extensions;

public static class Extensions
{
    public const string ServiceName = "analytics";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Not AddNpgsqlDbContext: it registers a pooled DbContext, and a pooled context cannot take the scoped
        // ITenantContext in its constructor. A plain scoped DbContext, enriched by Aspire (retries, health check,
        // telemetry), gives the same behaviour.
        builder.AddServiceDatabase<AnalyticsDbContext>(ServiceName);

        // One consumer (and queue) per contract event type: every event reaches the read model.
        builder.AddMessaging<AnalyticsDbContext>(ServiceName, bus =>
        {
            bus.AddConsumers(ContractEvents.All.Select(eventType => typeof(ReadModelConsumer<>).MakeGenericType(eventType)).ToArray());
            bus.AddUserAccessConsumer<AnalyticsDbContext>();
        });
        builder.AddUserAccessCheck<AnalyticsDbContext>();

        var services = builder.Services;
        services.AddSingleton<AnalyticsMetrics>();
        services.AddScoped<ReadModelStore>();
        services.AddScoped<AppointmentProjection>();
        services.AddScoped<PaymentProjection>();
        services.AddScoped<ReminderProjection>();
        services.AddScoped<DoctorProjection>();
        services.AddScoped<ClinicProjection>();
        services.AddScoped<DailyRevenueRecalculator>();
        services.AddScoped<ReadModelProjector>();
        services.AddScoped<EventRecorder>();
        services.AddScoped<ReadModelRebuilder>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<RevenueReports>();
        return builder;
    }
}
