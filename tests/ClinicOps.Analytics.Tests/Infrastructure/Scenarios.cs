using ClinicOps.Contracts;

namespace ClinicOps.Analytics.Tests.Infrastructure;

public static class Scenarios
{
    /// <summary>
    /// Doctors, patients, bookings in the past and future, completions, cancellations, no-shows, a reschedule to
    /// another doctor, a deletion, payments paid / pending / failed / refunded, reminders pending / sent / cancelled,
    /// and a user joining. <paramref name="scale"/> repeats the day's work so two clinics' figures differ.
    /// </summary>
    public static ClinicStory BusyClinic(string timeZone, string currency, int scale)
    {
        var story = new ClinicStory(timeZone, currency);
        var now = DateTimeOffset.UtcNow;
        var house = story.Doctor("Dr House");
        var grey = story.Doctor("Dr Grey");
        story.UserJoined("Reception");
        for (var round = 0; round < scale; round++)
        {
            var ann = story.Patient("Ann");
            var bob = story.Patient("Bob");

            var done = story.Book(house, ann, now.AddDays(-2).AddHours(round));
            story.Complete(done);
            story.Pay(done, 80m + round);

            var refunded = story.Book(grey, bob, now.AddDays(-1).AddHours(round));
            story.Complete(refunded);
            var refund = story.Pay(refunded, 45.50m, paid: false);
            story.MarkPaid(refund);
            story.Refund(refund);

            var missed = story.Book(house, bob, now.AddDays(-1).AddHours(2 + round));
            story.NoShow(missed);
            var failed = story.Pay(missed, 30m, paid: false);
            story.MarkFailed(failed);

            var cancelled = story.Book(grey, ann, now.AddDays(3).AddHours(round));
            var cancelledReminder = story.Remind(cancelled);
            story.Cancel(cancelled);
            story.CancelReminder(cancelledReminder);

            var upcoming = story.Book(house, ann, now.AddDays(5).AddHours(round));
            story.Reschedule(upcoming, now.AddDays(6).AddHours(round), grey);
            story.Remind(upcoming);
            var sent = story.Remind(upcoming);
            story.ReminderSent(sent);
            story.Pay(upcoming, 60m, paid: false);

            var mistake = story.Book(house, bob, now.AddDays(4).AddHours(round));
            story.Delete(mistake);
        }

        return story;
    }

    public static IEnumerable<IntegrationEvent> Interleave(IReadOnlyList<IntegrationEvent> first, IReadOnlyList<IntegrationEvent> second)
    {
        for (var i = 0; i < Math.Max(first.Count, second.Count); i++)
        {
            if (i < first.Count)
            {
                yield return first[i];
            }

            if (i < second.Count)
            {
                yield return second[i];
            }
        }
    }
}
