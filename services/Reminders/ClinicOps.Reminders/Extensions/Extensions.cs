using ClinicOps.Contracts.Identity;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Channels;
using ClinicOps.Reminders.Dispatching;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using ClinicOps.Reminders.Services;
using ClinicOps.ServiceDefaults.Auth.Access;
using ClinicOps.ServiceDefaults.Http;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Http.Resilience;

namespace ClinicOps.Reminders.Extensions;

public static class Extensions
{
    public const string ServiceName = "reminders";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Not AddNpgsqlDbContext: it pools contexts, and a pooled context cannot take the scoped ITenantContext.
        builder.AddServiceDatabase<RemindersDbContext>(ServiceName);
        services.AddConstraintMessage("pk_reminder_settings", "The reminder settings were saved by someone else at the same moment; try again.");
        services.AddConstraintMessage("fk_reminders_appointments", "The appointment of this reminder is not known in this clinic.");

        // A booking's doctor and patient come first: its reminders are addressed with them.
        builder.AddMessaging<RemindersDbContext>(ServiceName, events => events
            .Handle<ClinicRegistered, ClinicReplica<RemindersDbContext, Clinic>>()
            .Handle<ClinicUpdated, ClinicReplica<RemindersDbContext, Clinic>>()
            .Handle<DoctorRegistered, DoctorReplica>()
            .Handle<DoctorUpdated, DoctorReplica>()
            .Handle<PatientRegistered, PatientReplica>()
            .Handle<PatientUpdated, PatientReplica>()
            .Handle<PatientAnonymized, PatientReplica>()
            .Handle<PatientAnonymized, ErasedPatientReminders>()
            .Handle<PatientDeleted, PatientReplica>()
            .Handle<DoctorDeleted, DoctorReplica>()
            .Handle<AppointmentScheduled, DoctorReplica>()
            .Handle<AppointmentScheduled, PatientReplica>()
            .Handle<AppointmentScheduled, AutomaticReminders>()
            .Handle<AppointmentRescheduled, AutomaticReminders>()
            .Handle<AppointmentCompleted, AutomaticReminders>()
            .Handle<AppointmentCancelled, AutomaticReminders>()
            .Handle<AppointmentMarkedNoShow, AutomaticReminders>()
            .Handle<AppointmentDeleted, AutomaticReminders>()
            .Handle<UserAccessChanged, UserAccessReplica<RemindersDbContext>>());
        builder.AddUserAccessCheck<RemindersDbContext>();

        builder.AddAppointmentDirectory<RemindersDbContext, Appointment>();
        services.AddScoped<ReminderService>();
        services.AddScoped<ReminderSettingsService>();

        builder.AddReminderChannels();
        services.Configure<DispatcherOptions>(builder.Configuration.GetSection(DispatcherOptions.Section));
        services.Configure<DailyCapOptions>(builder.Configuration.GetSection(DailyCapOptions.Section));
        services.AddSingleton<ReminderMetrics>();
        services.AddSingleton<ReminderDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderDispatcher>());
        return builder;
    }

    /// <summary>
    /// Email over SMTP always (it reports a clear error while Smtp:Host is unset); sms through the HTTP provider when
    /// Sms:Url and Sms:ApiKey are set, otherwise the development channel that only logs. Outside Development the service
    /// does not start without a real SMS provider and a mail server reached over TLS (<see cref="ChannelSettingsCheck"/>).
    /// </summary>
    private static void AddReminderChannels(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var smtp = builder.Configuration.GetSection(SmtpOptions.Section);
        services.Configure<SmtpOptions>(smtp);
        services.AddSingleton<IReminderChannel, EmailChannel>();

        var sms = builder.Configuration.GetSection(SmsOptions.Section);
        services.Configure<SmsOptions>(sms);
        ChannelSettingsCheck.Verify(builder.Environment, sms.Get<SmsOptions>() ?? new SmsOptions(), smtp.Get<SmtpOptions>() ?? new SmtpOptions());
        if (sms.Get<SmsOptions>() is { IsConfigured: true })
        {
            // A provider POST that timed out may have been delivered: no automatic HTTP retry of it (the
            // dispatcher's backoff decides), only the timeouts of the standard pipeline.
#pragma warning disable EXTEXP0001 // marked for evaluation; it is the documented way to replace the defaults' handler
            services.AddHttpClient<SmsChannel>()
                .RemoveAllResilienceHandlers()
                .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
#pragma warning restore EXTEXP0001
            services.AddTransient<IReminderChannel>(sp => sp.GetRequiredService<SmsChannel>());
        }
        else
        {
            services.AddSingleton<IReminderChannel, DevelopmentSmsChannel>();
        }
    }
}
