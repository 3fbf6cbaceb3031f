using System.Net;
using System.Net.Http.Json;
using ClinicOps.Reminders.Dispatching;
using ClinicOps.Reminders.Dtos;
using ClinicOps.Reminders.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClinicOps.Reminders.Tests;

[Collection(RemindersCollection.Name)]
public sealed class DispatcherTests(RemindersFactory factory)
{
    [Fact]
    public async Task A_due_email_reminder_arrives_at_the_SMTP_server_with_the_clinic_local_time()
    {
        var clinic = new Clinic(factory);
        await clinic.RegisterAsync("Sunrise Clinic", "America/New_York");
        // 15:00 UTC on a January Tuesday is 10:00 in New York (EST, UTC-5).
        var visit = FirstTuesdayOfJanuary(clinic.Now.Year + 1);
        var startsAt = new DateTimeOffset(visit.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);
        var email = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(startsAt, email, doctorName: "Ada Lovelace");
        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddMinutes(10) });

        factory.Time.Advance(TimeSpan.FromMinutes(9));
        await factory.DispatchAsync();
        Assert.Empty(Mailbox.For(factory.Smtp, email));
        Assert.Equal("pending", (await clinic.ReminderAsync(reminder.Id)).Status);

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.DispatchAsync();

        var mail = Assert.Single(Mailbox.For(factory.Smtp, email));
        Assert.Equal(
            $"Reminder from Sunrise Clinic: your appointment with Dr Ada Lovelace is on Tue {visit.Day} Jan {visit.Year} at 10:00.",
            mail.TextBody?.Trim());
        Assert.Contains("Sunrise Clinic", mail.Subject);
        var sent = await clinic.ReminderAsync(reminder.Id);
        Assert.Equal(("sent", "smtp", 0), (sent.Status, sent.Channel, sent.Attempts));
        Assert.Equal(factory.Time.GetUtcNow(), sent.SentAt);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task An_SMTP_failure_is_retried_with_backoff_and_after_5_attempts_marked_failed_with_a_plain_reason()
    {
        var clinic = new Clinic(factory);
        var email = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2), email);
        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddMinutes(1) });
        factory.Time.Advance(TimeSpan.FromMinutes(1));

        factory.StopSmtp();
        try
        {
            await factory.DispatchAsync();
            var first = await clinic.ReminderAsync(reminder.Id);
            Assert.Equal(("pending", 1), (first.Status, first.Attempts));
            // Staff read a reason in words: never the mail server's host, port or the exception's text.
            Assert.Equal("The mail server could not be reached. It will be tried again.", first.LastError);

            // Backoff 1, 2, 4, 8 minutes: half-way through a wait nothing is tried; at its end the next attempt runs.
            int[] waits = [1, 2, 4, 8];
            for (var i = 0; i < waits.Length; i++)
            {
                factory.Time.Advance(TimeSpan.FromMinutes(waits[i] / 2.0));
                await factory.DispatchAsync();
                Assert.Equal(i + 1, (await clinic.ReminderAsync(reminder.Id)).Attempts);

                factory.Time.Advance(TimeSpan.FromMinutes(waits[i] / 2.0));
                await factory.DispatchAsync();
                Assert.Equal(i + 2, (await clinic.ReminderAsync(reminder.Id)).Attempts);
            }
        }
        finally
        {
            factory.StartSmtp();
        }

        var failed = await clinic.ReminderAsync(reminder.Id);
        Assert.Equal(("failed", 5), (failed.Status, failed.Attempts));
        Assert.Equal("The mail server could not be reached.", failed.LastError);
        Assert.DoesNotContain(factory.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), failed.LastError);
        Assert.Null(failed.SentAt);

        factory.Time.Advance(TimeSpan.FromHours(1));
        await factory.DispatchAsync();
        Assert.Empty(Mailbox.For(factory.Smtp, email));
        Assert.Equal(5, (await clinic.ReminderAsync(reminder.Id)).Attempts);
    }

    [Fact]
    public async Task Two_dispatchers_running_together_send_each_reminder_once()
    {
        var clinic = new Clinic(factory);
        var email = $"{Guid.NewGuid():N}@example.test";
        var reminders = new List<ReminderResponse>();
        // Staff add at most 5 reminders to one appointment: these are spread over several.
        Appointment? appointment = null;
        for (var i = 1; i <= 4 * RemindersFactory.BatchSize; i++)
        {
            if (i % 4 == 1)
            {
                appointment = await clinic.BookAsync(clinic.Now.AddDays(2).AddHours(i), email);
            }

            reminders.Add(await clinic.CreateReminderAsync(appointment!.Id, new { type = "email", sendAt = clinic.Now.AddSeconds(i) }));
        }

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var second = ActivatorUtilities.CreateInstance<ReminderDispatcher>(factory.Services);
        var handled = await Task.WhenAll(factory.Dispatcher.DispatchDueAsync(CancellationToken.None),
            second.DispatchDueAsync(CancellationToken.None));

        var mails = Mailbox.For(factory.Smtp, email);
        Assert.Equal(reminders.Count, mails.Count);
        Assert.Equal(reminders.Select(r => r.Id.ToString()).Order(),
            mails.Select(m => m.Headers["X-ClinicOps-Reminder"]).Order());
        Assert.True(handled.Sum() >= reminders.Count);
        foreach (var reminder in reminders)
        {
            Assert.Equal("sent", (await clinic.ReminderAsync(reminder.Id)).Status);
        }
    }

    [Fact]
    public async Task Sms_goes_through_the_development_channel_when_no_provider_is_configured()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2), patientEmail: null);
        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "sms", sendAt = clinic.Now.AddMinutes(1) });

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.DispatchAsync();

        var sent = await clinic.ReminderAsync(reminder.Id);
        Assert.Equal(("sent", "sms-dev-log"), (sent.Status, sent.Channel));
    }

    [Fact]
    public async Task An_email_reminder_for_a_patient_without_email_fails_at_once_with_a_clear_error()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2), patientEmail: null);
        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddMinutes(1) });

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.DispatchAsync();

        var failed = await clinic.ReminderAsync(reminder.Id);
        Assert.Equal(("failed", 1, "The patient has no email address."), (failed.Status, failed.Attempts, failed.LastError));
    }

    [Fact]
    public async Task The_automatic_reminder_is_delivered_when_its_time_comes()
    {
        var clinic = new Clinic(factory);
        await clinic.RegisterAsync("Harbour Clinic", "Europe/Berlin");
        await clinic.PutSettingsAsync(new { leadTimesMinutes = new[] { 2 }, defaultType = "email", followUpType = "call" });
        var email = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddMinutes(30), email, doctorName: "Dr. Jonas Salk");
        var reminder = Assert.Single(await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder"));

        factory.Time.Advance(TimeSpan.FromMinutes(28));
        await factory.DispatchAsync();

        var mail = Assert.Single(Mailbox.For(factory.Smtp, email));
        Assert.StartsWith("Reminder from Harbour Clinic: your appointment with Dr. Jonas Salk is on ", mail.TextBody);
        Assert.Equal("sent", (await clinic.ReminderAsync(reminder.Id)).Status);
    }

    [Fact]
    public async Task A_cancelled_reminder_is_not_sent()
    {
        var clinic = new Clinic(factory);
        var email = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2), email);
        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddMinutes(1) });
        var cancel = await clinic.Client().PostAsync($"/api/reminders/{reminder.Id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);

        factory.Time.Advance(TimeSpan.FromMinutes(2));
        await factory.DispatchAsync();

        Assert.Empty(Mailbox.For(factory.Smtp, email));
        var after = await clinic.ReminderAsync(reminder.Id);
        Assert.Equal(("cancelled", 0), (after.Status, after.Attempts));
        Assert.Equal("cancelled", (await cancel.Content.ReadFromJsonAsync<ReminderResponse>())!.Status);
    }

    [Fact]
    public async Task The_background_dispatcher_delivers_due_reminders_every_poll_interval()
    {
        var clinic = new Clinic(factory);
        var email = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2), email);
        var loop = new ReminderDispatcher(factory.Services.GetRequiredService<IServiceScopeFactory>(), factory.Time,
            Options.Create(new DispatcherOptions { PollInterval = TimeSpan.FromMinutes(1) }), Options.Create(new DailyCapOptions()),
            factory.Services.GetRequiredService<ReminderMetrics>(), NullLogger<ReminderDispatcher>.Instance);
        await loop.StartAsync(CancellationToken.None);
        try
        {
            var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddSeconds(30) });

            // The loop sets its next one-minute wait only after its first pass has finished; a single early Advance
            // could come before that wait exists and never wake it. Each poll moves the clock one interval on.
            await Eventually.UntilAsync(async () =>
            {
                factory.Time.Advance(TimeSpan.FromMinutes(1));
                return (await clinic.ReminderAsync(reminder.Id)).Status == "sent";
            }, "the loop to send it");
            Assert.Single(Mailbox.For(factory.Smtp, email));
        }
        finally
        {
            await loop.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_disabled_dispatcher_loop_sends_nothing_by_itself()
    {
        var clinic = new Clinic(factory);
        var email = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2), email);
        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddSeconds(30) });

        // The service's own loop is configured off for these tests: it ends at start, having sent nothing.
        await Eventually.UntilAsync(() => Task.FromResult(factory.Dispatcher.ExecuteTask?.IsCompletedSuccessfully == true),
            "the disabled dispatcher loop to end");
        factory.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal("pending", (await clinic.ReminderAsync(reminder.Id)).Status);
        await factory.DispatchAsync();
        Assert.Equal("sent", (await clinic.ReminderAsync(reminder.Id)).Status);
    }

    private static DateOnly FirstTuesdayOfJanuary(int year)
    {
        var day = new DateOnly(year, 1, 1);
        while (day.DayOfWeek != DayOfWeek.Tuesday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
