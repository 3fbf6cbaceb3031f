using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Analytics.Services;
using ClinicOps.Contracts.Audit;
using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Auth.Access;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Extensions;

public static class Extensions
{
    public const string ServiceName = "analytics";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AnalyticsDbContext>(ServiceName);

        // Every contract event but the audit trail's reaches the read model (a queue per event type); identity's access
        // announcements also keep the user_access table; every service's audit entries make the one trail owners read.
        builder.AddMessaging<AnalyticsDbContext>(ServiceName, events =>
        {
            foreach (var eventType in IntegrationEventTypes.All.Where(t => t != typeof(AuditRecorded)))
            {
                events.Handle(eventType, typeof(EventRecorder));
            }

            events.Handle<UserAccessChanged, UserAccessReplica<AnalyticsDbContext>>();
            events.Handle<AuditRecorded, AuditTrailRecorder>();
        });
        builder.AddUserAccessCheck<AnalyticsDbContext>();

        var services = builder.Services;
        services.AddSingleton<AnalyticsMetrics>();
        services.AddScoped<ReadModelStore>();
        services.AddScoped<AppointmentProjection>();
        services.AddScoped<PaymentProjection>();
        services.AddScoped<ReminderProjection>();
        services.AddScoped<DoctorReplica>();
        services.AddScoped<ClinicReplica<AnalyticsDbContext, ClinicInfo>>();
        services.AddScoped<ClinicProjection>();
        services.AddScoped<DailyRevenueRecalculator>();
        services.AddScoped<ReadModelProjector>();
        services.AddScoped<ReadModelRebuilder>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<RevenueReports>();
        services.AddScoped<AuditQueries>();
        return builder;
    }
}
