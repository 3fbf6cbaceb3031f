using ClinicOps.Reminders.Dispatching;
using ClinicOps.Reminders.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClinicOps.Reminders.Tests;

/// <summary>The operator's per-clinic daily caps on sms and email sends (Reminders:DailyCaps), driven through real dispatchers.</summary>
[Collection(RemindersCollection.Name)]
public sealed class DailyCapTests(RemindersFactory factory)
{
    private ReminderDispatcher CappedDispatcher(int email) =>
        ActivatorUtilities.CreateInstance<ReminderDispatcher>(factory.Services, Options.Create(new DailyCapOptions { Sms = 250, Email = email }));

    [Fact]
    public async Task Past_the_daily_email_cap_a_reminder_waits_pending_with_a_plain_reason_until_the_clinics_next_day()
    {
        var clinic = new Clinic(factory);
        await clinic.RegisterAsync("Harbour Clinic", "Europe/Berlin");
        var email = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(3), email);
        var reminders = new List<Guid>();
        for (var i = 1; i <= 3; i++)
        {
            reminders.Add((await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddSeconds(i) })).Id);
        }

        var dispatcher = CappedDispatcher(email: 2);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(2, Mailbox.For(factory.Smtp, email).Count);
        var waiting = await clinic.ReminderAsync(reminders[2]);
        var tomorrow = DailySendAllowance.StartOfDay(clinic.Now, "Europe/Berlin").Tomorrow;
        Assert.Equal(TimeSpan.Zero, TimeZoneInfo.ConvertTime(tomorrow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).TimeOfDay);
        Assert.Equal(("pending", 0, (DateTimeOffset?)null), (waiting.Status, waiting.Attempts, waiting.SentAt));
        Assert.Equal($"The clinic's daily limit of 2 email messages is reached; it will be sent from {MessageRenderer.LocalTime(tomorrow, "Europe/Berlin")}.",
            waiting.LastError);

        // Later the same day it still waits; from the clinic's midnight it goes out.
        if (tomorrow.AddSeconds(-1) > clinic.Now)
        {
            factory.Time.SetUtcNow(tomorrow.AddSeconds(-1));
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            Assert.Equal(2, Mailbox.For(factory.Smtp, email).Count);
        }

        factory.Time.SetUtcNow(tomorrow);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(3, Mailbox.For(factory.Smtp, email).Count);
        var sent = await clinic.ReminderAsync(reminders[2]);
        Assert.Equal(("sent", 0), (sent.Status, sent.Attempts));
    }

    [Fact]
    public async Task Two_dispatchers_running_together_keep_to_the_cap_and_another_clinic_is_not_held_back()
    {
        var clinic = new Clinic(factory);
        var other = new Clinic(factory);
        var email = $"{Guid.NewGuid():N}@example.test";
        var otherEmail = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(3), email);
        var otherAppointment = await other.BookAsync(other.Now.AddDays(3), otherEmail);
        for (var i = 1; i <= 5; i++)
        {
            await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddSeconds(i) });
        }

        await other.CreateReminderAsync(otherAppointment.Id, new { type = "email", sendAt = other.Now.AddSeconds(1) });

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(CappedDispatcher(email: 2).DispatchDueAsync(CancellationToken.None),
            CappedDispatcher(email: 2).DispatchDueAsync(CancellationToken.None));

        Assert.Equal(2, Mailbox.For(factory.Smtp, email).Count);
        Assert.Single(Mailbox.For(factory.Smtp, otherEmail));
        var list = await clinic.RemindersOfAsync(appointment.Id);
        Assert.Equal(3, list.Count(r => r.Status == "pending" && r.LastError?.StartsWith("The clinic's daily limit", StringComparison.Ordinal) == true));
    }
}
