using ClinicOps.Contracts.Billing;
using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Infrastructure.EntityConfigurations;
using ClinicOps.Scheduling.Infrastructure.Http;
using ClinicOps.Scheduling.Model;
using ClinicOps.Scheduling.Services;
using ClinicOps.ServiceDefaults.Auth.Access;
using ClinicOps.ServiceDefaults.Http;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Extensions;

public static class Extensions
{
    public const string ServiceName = "scheduling";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Not AddNpgsqlDbContext: it pools contexts, and a pooled context cannot take the scoped ITenantContext.
        builder.AddServiceDatabase<SchedulingDbContext>(ServiceName);

        builder.AddMessaging<SchedulingDbContext>(ServiceName, events => events
            .Handle<ClinicRegistered, ClinicReplica<SchedulingDbContext, Clinic>>()
            .Handle<ClinicUpdated, ClinicReplica<SchedulingDbContext, Clinic>>()
            .Handle<UserRegistered, ClinicUserReplica>()
            .Handle<UserRemoved, ClinicUserReplica>()
            .Handle<PaymentRecorded, RecordedPaymentReplica>()
            .Handle<UserAccessChanged, UserAccessReplica<SchedulingDbContext>>());
        builder.AddUserAccessCheck<SchedulingDbContext>();

        builder.Services.AddSingleton<TimeZoneCountries>();
        builder.Services.AddSingleton<PhoneNumberNormalizer>();
        builder.Services.AddScoped<ClinicCalendar>();
        builder.Services.AddScoped<ContactValidator>();
        builder.Services.AddScoped<DoctorService>();
        builder.Services.AddScoped<PatientService>();
        builder.Services.AddSingleton<SchedulingMetrics>();
        builder.Services.AddScoped<AppointmentService>();
        builder.Services.AddScoped<AppointmentQueries>();
        builder.Services.AddScoped<DoctorSchedules>();
        builder.Services.AddScoped<ScheduleRules>();
        builder.Services.AddScoped<WorkingHoursService>();
        builder.Services.AddScoped<TimeOffService>();
        builder.Services.AddScoped<AppointmentTypeService>();
        builder.Services.AddScoped<AvailabilityService>();
        builder.AddUpstreamClient<IdentityClient>(IdentityClient.ConfigurationKey, IdentityClient.DefaultAddress);

        builder.Services
            .AddConstraintMessage(AppointmentConfiguration.NoOverlapConstraint,
                "The doctor already has a scheduled appointment that overlaps this time.")
            .AddConstraintMessage(AppointmentConfiguration.DoctorForeignKey, "The doctor has appointments, or no longer exists.")
            .AddConstraintMessage(AppointmentConfiguration.PatientForeignKey, "The patient has appointments, or no longer exists.")
            .AddConstraintMessage(PatientConfiguration.PhoneIndex, "A patient with this phone number already exists.")
            .AddConstraintMessage(DoctorConfiguration.UserIndex, "Another doctor is already linked to this user.")
            .AddConstraintMessage(AppointmentTypeConfiguration.NameIndex, "An appointment type with this name already exists.")
            .AddConstraintMessage(AppointmentConfiguration.AppointmentTypeForeignKey, "The appointment type no longer exists.")
            .AddConstraintMessage(WorkingIntervalConfiguration.NoOverlapConstraint, "Intervals of a day's working hours must not overlap.");
        return builder;
    }
}
