using ClinicOps.IntegrationTests.Security.Infrastructure;
using static System.Net.HttpStatusCode;

namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// A success and at least one documented error of every operation of the merged OpenAPI document, by operationId, sent on the
/// prepared clinic of <see cref="OperationScene"/>. <see cref="DocumentedAnswerTests"/> fails for an operation of the
/// document without both, so a new route comes with its two rows here.
/// </summary>
public static class OperationCases
{
    private const string WrongPassword = "Not-The-Owners-Password-1";

    public static readonly IReadOnlyList<OperationCase> All =
    [
        // Sign-up, sessions and the signed-in user
        new("signUp", Created, s => s.Anonymously("POST", "/api/clinics", OperationScene.NewSignUp())),
        new("signUp", Conflict, s => s.Anonymously("POST", "/api/clinics", OperationScene.NewSignUp(s.Owner.Email))),
        new("login", OK, s => s.Anonymously("POST", "/api/auth/login", new { email = s.Owner.Email, password = s.Owner.Password })),
        new("login", Unauthorized, s => s.Anonymously("POST", "/api/auth/login", new { email = s.Owner.Email, password = WrongPassword })),
        new("login", TooManyRequests, s => s.LockedOutLoginAsync()),
        new("refresh", OK, async s => await s.Anonymously("POST", "/api/auth/refresh", new { (await s.LoginAsOwnerAsync()).RefreshToken })),
        new("refresh", Unauthorized, s => s.Anonymously("POST", "/api/auth/refresh", new { refreshToken = "a-refresh-token-nobody-was-given" })),
        new("logout", NoContent, async s => await s.LogoutAsync(await s.LoginAsOwnerAsync())),
        new("logout", Unauthorized, s => s.Anonymously("POST", "/api/auth/logout", new { refreshToken = "a-refresh-token-nobody-was-given" })),
        new("logoutEverywhere", NoContent, async s => await s.As((await s.NewSessionAsync()).AccessToken, "POST", "/api/auth/logout-all")),
        new("logoutEverywhere", Unauthorized, s => s.Anonymously("POST", "/api/auth/logout-all")),
        new("getMe", OK, s => s.AsOwner("GET", "/api/me")),
        new("getMe", Unauthorized, s => s.Anonymously("GET", "/api/me")),
        new("changePassword", NoContent, async s => await s.As((await s.NewSessionAsync()).AccessToken, "POST", "/api/me/password",
            new { currentPassword = ClinicSeeder.StaffPassword, newPassword = OperationScene.NewPassword })),
        new("changePassword", BadRequest, s => s.AsOwner("POST", "/api/me/password", new { currentPassword = s.Owner.Password, newPassword = "password" })),

        // The clinic and its users
        new("getCurrent", OK, s => s.AsOwner("GET", "/api/clinics/current")),
        new("getCurrent", Unauthorized, s => s.Anonymously("GET", "/api/clinics/current")),
        new("updateCurrent", OK, s => s.AsOwner("PATCH", "/api/clinics/current", new { clinicName = s.Clinic.ClinicName })),
        new("updateCurrent", Forbidden, s => s.AsStaff("PATCH", "/api/clinics/current", new { clinicName = s.Clinic.ClinicName })),
        new("listUsers", OK, s => s.AsOwner("GET", "/api/users")),
        new("listUsers", Forbidden, s => s.AsStaff("GET", "/api/users")),
        new("createUser", Created, s => s.AsOwner("POST", "/api/users",
            new { name = "Rita Reception", email = $"staff-{OperationScene.Unique()}@clinicops.test", password = ClinicSeeder.StaffPassword, role = "receptionist" })),
        new("createUser", Conflict, s => s.AsOwner("POST", "/api/users",
            new { name = "Rita Reception", email = s.Owner.Email, password = ClinicSeeder.StaffPassword, role = "receptionist" })),
        new("getUser", OK, s => s.AsOwner("GET", $"/api/users/{s.Clinic.UserId}")),
        new("getUser", NotFound, s => s.AsOwner("GET", $"/api/users/{OperationScene.Missing}")),
        new("updateUser", OK, s => s.AsOwner("PATCH", $"/api/users/{s.Clinic.UserId}", new { name = "Dana Docs" })),
        new("updateUser", NotFound, s => s.AsOwner("PATCH", $"/api/users/{OperationScene.Missing}", new { name = "Dana Docs" })),
        new("removeUser", NoContent, async s => await s.AsOwner("DELETE", $"/api/users/{(await s.NewUserAsync()).Id}")),
        new("removeUser", NotFound, s => s.AsOwner("DELETE", $"/api/users/{OperationScene.Missing}")),

        // Doctors, their hours and time off
        new("listDoctors", OK, s => s.AsOwner("GET", "/api/doctors?specialization=Cardiology")),
        new("listDoctors", BadRequest, s => s.AsOwner("GET", "/api/doctors?pageSize=0")),
        new("registerDoctor", Created, s => s.AsOwner("POST", "/api/doctors", new { name = $"Dr {OperationScene.Unique()}", specialization = "Dermatology" })),
        new("registerDoctor", BadRequest, s => s.AsOwner("POST", "/api/doctors", new { })),
        new("getDoctor", OK, s => s.AsOwner("GET", $"/api/doctors/{s.Clinic.DoctorId}")),
        new("getDoctor", NotFound, s => s.AsOwner("GET", $"/api/doctors/{OperationScene.Missing}")),
        new("updateDoctor", OK, s => s.AsOwner("PUT", $"/api/doctors/{s.Clinic.DoctorId}", new { name = s.Clinic.DoctorName, specialization = "Cardiology" })),
        new("updateDoctor", NotFound, s => s.AsOwner("PUT", $"/api/doctors/{OperationScene.Missing}", new { name = "Dr Nobody", specialization = "None" })),
        new("deleteDoctor", NoContent, async s => await s.AsOwner("DELETE", $"/api/doctors/{await s.NewDoctorAsync()}")),
        new("deleteDoctor", Conflict, s => s.AsOwner("DELETE", $"/api/doctors/{s.Clinic.DoctorId}")), // it has appointments
        new("getWorkingHours", OK, s => s.AsOwner("GET", $"/api/doctors/{s.Clinic.DoctorId}/working-hours")),
        new("getWorkingHours", NotFound, s => s.AsOwner("GET", $"/api/doctors/{OperationScene.Missing}/working-hours")),
        new("setWorkingHours", OK, s => s.AsOwner("PUT", $"/api/doctors/{s.Clinic.DoctorId}/working-hours", OperationScene.AllDayWeek)),
        new("setWorkingHours", Forbidden, s => s.AsStaff("PUT", $"/api/doctors/{s.Clinic.DoctorId}/working-hours", OperationScene.AllDayWeek)),
        new("listTimeOff", OK, s => s.AsOwner("GET", $"/api/doctors/{s.Clinic.DoctorId}/time-off")),
        new("listTimeOff", NotFound, s => s.AsOwner("GET", $"/api/doctors/{OperationScene.Missing}/time-off")),
        new("addTimeOff", Created, s => s.AsOwner("POST", $"/api/doctors/{s.Clinic.DoctorId}/time-off",
            new { startsAt = s.Clinic.TimeOffStartsAt.AddDays(30), endsAt = s.Clinic.TimeOffStartsAt.AddDays(31), reason = "Conference" })),
        new("addTimeOff", BadRequest, s => s.AsOwner("POST", $"/api/doctors/{s.Clinic.DoctorId}/time-off",
            new { startsAt = s.Clinic.TimeOffStartsAt.AddDays(31), endsAt = s.Clinic.TimeOffStartsAt.AddDays(30) })),
        new("removeTimeOff", NoContent, s => s.AsOwner("DELETE", $"/api/doctors/{s.Clinic.DoctorId}/time-off/{s.Clinic.TimeOffId}")),
        new("removeTimeOff", NotFound, s => s.AsOwner("DELETE", $"/api/doctors/{s.Clinic.DoctorId}/time-off/{OperationScene.Missing}")),

        // Patients
        new("listPatients", OK, s => s.AsOwner("GET", "/api/patients?search=Pat")),
        new("listPatients", BadRequest, s => s.AsOwner("GET", "/api/patients?pageSize=0")),
        new("registerPatient", Created, s => s.AsOwner("POST", "/api/patients", new { name = "Paula Patient", phone = Phones.NewE164(), dateOfBirth = "1990-01-31" })),
        new("registerPatient", BadRequest, s => s.AsOwner("POST", "/api/patients", new { })),
        new("getPatient", OK, s => s.AsOwner("GET", $"/api/patients/{s.Clinic.PatientId}")),
        new("getPatient", NotFound, s => s.AsOwner("GET", $"/api/patients/{OperationScene.Missing}")),
        new("updatePatient", OK, s => s.AsOwner("PUT", $"/api/patients/{s.Clinic.PatientId}", new { name = s.Clinic.PatientName, phone = s.Clinic.PatientPhone })),
        new("updatePatient", NotFound, s => s.AsOwner("PUT", $"/api/patients/{OperationScene.Missing}", new { name = "Nobody", phone = Phones.NewE164() })),
        new("deletePatient", NoContent, async s => await s.AsOwner("DELETE", $"/api/patients/{await s.NewPatientAsync()}")),
        new("deletePatient", Conflict, s => s.AsOwner("DELETE", $"/api/patients/{s.Clinic.PatientId}")), // they have appointments
        new("anonymizePatient", OK, async s => await s.AsOwner("POST", $"/api/patients/{await s.NewPatientAsync()}/anonymize")),
        new("anonymizePatient", Forbidden, s => s.AsStaff("POST", $"/api/patients/{s.Clinic.PatientId}/anonymize")),

        // Appointment types and free slots
        new("listAppointmentTypes", OK, s => s.AsOwner("GET", "/api/appointment-types?includeArchived=true")),
        new("listAppointmentTypes", BadRequest, s => s.AsOwner("GET", "/api/appointment-types?pageSize=0")),
        new("createAppointmentType", Created, s => s.AsOwner("POST", "/api/appointment-types",
            new { name = $"Follow-up {OperationScene.Unique()}", durationMinutes = 15, price = 40.00m, color = "#1E90FF" })),
        new("createAppointmentType", Conflict, s => s.AsOwner("POST", "/api/appointment-types", new { name = s.Clinic.AppointmentTypeName, durationMinutes = 15 })),
        new("getAppointmentType", OK, s => s.AsOwner("GET", $"/api/appointment-types/{s.Clinic.AppointmentTypeId}")),
        new("getAppointmentType", NotFound, s => s.AsOwner("GET", $"/api/appointment-types/{OperationScene.Missing}")),
        new("updateAppointmentType", OK, s => s.AsOwner("PUT", $"/api/appointment-types/{s.Clinic.AppointmentTypeId}",
            new { name = s.Clinic.AppointmentTypeName, durationMinutes = 30, price = 75.00m, color = "#2E8B57" })),
        new("updateAppointmentType", NotFound, s => s.AsOwner("PUT", $"/api/appointment-types/{OperationScene.Missing}", new { name = "Nothing", durationMinutes = 30 })),
        new("archiveAppointmentType", NoContent, async s => await s.AsOwner("DELETE", $"/api/appointment-types/{await s.NewAppointmentTypeAsync()}")),
        new("archiveAppointmentType", NotFound, s => s.AsOwner("DELETE", $"/api/appointment-types/{OperationScene.Missing}")),
        new("findFreeSlots", OK, s => s.AsOwner("GET", $"/api/availability?doctorId={s.Clinic.DoctorId}&{s.Range}&durationMinutes=30")),
        new("findFreeSlots", NotFound, s => s.AsOwner("GET", $"/api/availability?doctorId={OperationScene.Missing}&{s.Range}&durationMinutes=30")),

        // Appointments
        new("listAppointments", OK, s => s.AsOwner("GET", $"/api/appointments?doctorId={s.Clinic.DoctorId}&status=scheduled")),
        new("listAppointments", BadRequest, s => s.AsOwner("GET", "/api/appointments?pageSize=0")),
        new("bookAppointment", Created, s => s.AsOwner("POST", "/api/appointments", s.NewBooking(s.NextFreeSlot()))),
        new("bookAppointment", Conflict, s => s.DoubleBookingAsync()),
        new("getAppointment", OK, s => s.AsOwner("GET", $"/api/appointments/{s.Clinic.AppointmentId}")),
        new("getAppointment", NotFound, s => s.AsOwner("GET", $"/api/appointments/{OperationScene.Missing}")),
        new("updateAppointment", OK, s => s.AsOwner("PATCH", $"/api/appointments/{s.Clinic.AppointmentId}", new { notes = "Bring the referral letter" })),
        new("updateAppointment", PreconditionFailed, s => s.AsOwner("PATCH", $"/api/appointments/{s.Clinic.AppointmentId}", new { notes = "Stale" }, ifMatch: "\"1\"")),
        new("updateAppointment", NotFound, s => s.AsOwner("PATCH", $"/api/appointments/{OperationScene.Missing}", new { notes = "Nobody's" })),
        new("deleteAppointment", NoContent, async s => await s.AsOwner("DELETE", $"/api/appointments/{await s.NewAppointmentAsync()}")),
        new("deleteAppointment", Conflict, s => s.AsOwner("DELETE", $"/api/appointments/{s.Clinic.PaidAppointmentId}")), // it has payments
        new("cancelAppointment", OK, async s => await s.AsOwner("POST", $"/api/appointments/{await s.NewAppointmentAsync()}/cancel", new { reason = "Patient is ill" })),
        new("cancelAppointment", NotFound, s => s.AsOwner("POST", $"/api/appointments/{OperationScene.Missing}/cancel", new { reason = "Nobody's" })),
        new("completeAppointment", OK, async s => await s.AsOwner("POST", $"/api/appointments/{await s.NewAppointmentAsync()}/complete")),
        new("completeAppointment", NotFound, s => s.AsOwner("POST", $"/api/appointments/{OperationScene.Missing}/complete")),
        new("markNoShow", OK, s => s.NoShowOfAStartedAppointmentAsync()),
        new("markNoShow", UnprocessableEntity, s => s.AsOwner("POST", $"/api/appointments/{s.Clinic.AppointmentId}/no-show")), // not started yet

        // Payments
        new("listAppointmentPayments", OK, s => s.AsOwner("GET", $"/api/appointments/{s.Clinic.PaidAppointmentId}/payments")),
        new("listAppointmentPayments", NotFound, s => s.AsOwner("GET", $"/api/appointments/{OperationScene.Missing}/payments")),
        new("recordPayment", Created, s => s.AsOwner("POST", $"/api/appointments/{s.Clinic.PaidAppointmentId}/payments",
            new { amount = 10.00m, method = "cash", status = "paid", reference = "Receipt 17" }, $"docs-{OperationScene.Unique()}")),
        new("recordPayment", BadRequest, s => s.AsOwner("POST", $"/api/appointments/{s.Clinic.PaidAppointmentId}/payments",
            new { amount = 10.00m, method = "barter" }, $"docs-{OperationScene.Unique()}")),
        new("listPayments", OK, s => s.AsOwner("GET", "/api/payments?status=paid")),
        new("listPayments", BadRequest, s => s.AsOwner("GET", "/api/payments?pageSize=0")),
        new("getPayment", OK, s => s.AsOwner("GET", $"/api/payments/{s.Clinic.PendingPaymentId}")),
        new("getPayment", NotFound, s => s.AsOwner("GET", $"/api/payments/{OperationScene.Missing}")),
        new("markPaymentPaid", OK, s => s.AsOwner("POST", $"/api/payments/{s.Clinic.PendingPaymentId}/mark-paid")),
        new("markPaymentPaid", UnprocessableEntity, s => s.AsOwner("POST", $"/api/payments/{s.Clinic.PaidPaymentId}/mark-paid")), // not pending
        new("markPaymentFailed", OK, async s => await s.AsOwner("POST", $"/api/payments/{await s.NewPendingPaymentAsync()}/mark-failed")),
        new("markPaymentFailed", NotFound, s => s.AsOwner("POST", $"/api/payments/{OperationScene.Missing}/mark-failed")),
        new("refundPayment", OK, s => s.AsOwner("POST", $"/api/payments/{s.Clinic.PaidPaymentId}/refund")),
        new("refundPayment", Forbidden, s => s.AsStaff("POST", $"/api/payments/{s.Clinic.PaidPaymentId}/refund")),

        // Reminders
        new("listAppointmentReminders", OK, s => s.AsOwner("GET", $"/api/appointments/{s.Clinic.AppointmentId}/reminders")),
        new("listAppointmentReminders", NotFound, s => s.AsOwner("GET", $"/api/appointments/{OperationScene.Missing}/reminders")),
        new("createReminder", Created, s => s.AsOwner("POST", $"/api/appointments/{s.Clinic.AppointmentId}/reminders",
            new { type = "sms", purpose = "upcoming", sendAt = TimeProvider.System.GetUtcNow().AddHours(1), note = "Bring the referral letter" })),
        new("createReminder", BadRequest, s => s.AsOwner("POST", $"/api/appointments/{s.Clinic.AppointmentId}/reminders", new { type = "pigeon" })),
        new("listReminders", OK, s => s.AsOwner("GET", "/api/reminders?type=call&status=pending")),
        new("listReminders", BadRequest, s => s.AsOwner("GET", "/api/reminders?pageSize=0")),
        new("getReminder", OK, s => s.AsOwner("GET", $"/api/reminders/{s.Clinic.ReminderId}")),
        new("getReminder", NotFound, s => s.AsOwner("GET", $"/api/reminders/{OperationScene.Missing}")),
        new("cancelReminder", OK, async s => await s.AsOwner("POST", $"/api/reminders/{await s.NewCallReminderAsync()}/cancel")),
        new("cancelReminder", NotFound, s => s.AsOwner("POST", $"/api/reminders/{OperationScene.Missing}/cancel")),
        new("markReminderSent", OK, s => s.AsOwner("POST", $"/api/reminders/{s.Clinic.ReminderId}/mark-sent", new { note = "Confirmed on the phone" })),
        new("markReminderSent", NotFound, s => s.AsOwner("POST", $"/api/reminders/{OperationScene.Missing}/mark-sent", new { note = "Nobody" })),
        new("markReminderFailed", OK, async s => await s.AsOwner("POST", $"/api/reminders/{await s.NewCallReminderAsync()}/mark-failed", new { note = "No answer" })),
        new("markReminderFailed", NotFound, s => s.AsOwner("POST", $"/api/reminders/{OperationScene.Missing}/mark-failed", new { note = "Nobody" })),
        new("getReminderSettings", OK, s => s.AsOwner("GET", "/api/reminders/settings")),
        new("getReminderSettings", Unauthorized, s => s.Anonymously("GET", "/api/reminders/settings")),
        new("updateReminderSettings", OK, s => s.AsOwner("PUT", "/api/reminders/settings", OperationScene.ReminderSettings)),
        new("updateReminderSettings", Forbidden, s => s.AsStaff("PUT", "/api/reminders/settings", OperationScene.ReminderSettings)),

        // Figures
        new("getDashboard", OK, s => s.AsOwner("GET", "/api/dashboard")),
        new("getDashboard", Unauthorized, s => s.Anonymously("GET", "/api/dashboard")),
        new("getDoctorFigures", OK, s => s.AsOwner("GET", "/api/dashboard/doctors")),
        new("getDoctorFigures", Unauthorized, s => s.Anonymously("GET", "/api/dashboard/doctors")),
        new("getRevenueReport", OK, s => s.AsOwner("GET", $"/api/reports/revenue?{s.Range}")),
        new("getRevenueReport", BadRequest, s => s.AsOwner("GET", "/api/reports/revenue?from=2026-02-30")),
        new("listAuditEntries", OK, s => s.AsOwner("GET", $"/api/audit?entityId={s.Clinic.PatientId}")),
        new("listAuditEntries", Forbidden, s => s.AsStaff("GET", "/api/audit")),
    ];
}
