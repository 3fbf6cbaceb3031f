using System.Net;
using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Reliability;

/// <summary>Requests that race each other through the gateway: the database, not luck, decides who wins.</summary>
public sealed class ConcurrencyTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    [Fact]
    public async Task Fifty_concurrent_bookings_of_one_slot_give_one_201_and_49_409()
    {
        var work = await ClinicWorkload.StartAsync(App, "booking race");
        var booking = new { doctorId = work.DoctorId, patientId = work.PatientId, startsAt = work.NextSlot(), durationMinutes = 30 };

        var answers = await AllAtOnceAsync(50, _ => work.Client.SendAsync("POST", "/api/appointments", booking));

        Assert.True(answers.Count(a => a.Status == HttpStatusCode.Created) == 1, Summary(answers));
        Assert.True(answers.Count(a => a.Status == HttpStatusCode.Conflict) == 49, Summary(answers));
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.Conflict), a => a.ExpectProblem(HttpStatusCode.Conflict));
        var booked = (await work.Client.ReadAsync($"/api/appointments?doctorId={work.DoctorId}")).Expect(HttpStatusCode.OK).Json;
        Assert.Equal(1, booked.GetProperty("totalCount").GetInt32());
        Assert.Equal(answers.Single(a => a.Status == HttpStatusCode.Created).Id, booked.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Twenty_concurrent_payments_with_one_idempotency_key_record_one_payment_and_all_answer_alike()
    {
        var work = await ClinicWorkload.StartAsync(App, "payment race");
        var appointment = (await work.BookAsync()).Id;
        var payments = $"/api/appointments/{appointment}/payments";
        (await work.Client.ReadAsync(payments)).Expect(HttpStatusCode.OK); // billing knows the appointment before the race
        var key = $"race-{Guid.CreateVersion7():N}";
        var payment = new { amount = 75.40m, method = "card", status = "paid", reference = "INV-RACE" };

        var answers = await AllAtOnceAsync(20, _ => work.Client.SendAsync("POST", payments, payment, idempotencyKey: key));

        Assert.True(answers.All(a => a.Status == HttpStatusCode.Created), Summary(answers));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        var recorded = Assert.Single((await work.Client.ReadAsync(payments)).Expect(HttpStatusCode.OK).Json.EnumerateArray());
        Assert.Equal(answers[0].Id, recorded.GetProperty("id").GetGuid());
        Assert.Equal(75.40m, recorded.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Concurrent_changes_sent_with_the_same_If_Match_let_exactly_one_through_and_the_rest_answer_412()
    {
        var work = await ClinicWorkload.StartAsync(App, "edit race");
        var booked = await work.BookAsync();
        Assert.NotNull(booked.ETag);

        var answers = await AllAtOnceAsync(10, i =>
            work.Client.SendAsync("PATCH", $"/api/appointments/{booked.Id}", new { notes = $"Edit number {i}" }, ifMatch: booked.ETag));

        var winner = Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.True(answers.Count(a => a.Status == HttpStatusCode.PreconditionFailed) == 9, Summary(answers));
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => a.ExpectProblem(HttpStatusCode.PreconditionFailed));
        var current = (await work.Client.ReadAsync($"/api/appointments/{booked.Id}")).Expect(HttpStatusCode.OK);
        Assert.Equal(winner.Json.GetProperty("notes").GetString(), current.Json.GetProperty("notes").GetString());
        Assert.Equal(winner.ETag, current.ETag);
        Assert.NotEqual(booked.ETag, current.ETag);
    }

    /// <summary>Sends <paramref name="count"/> requests released at the same moment and returns their answers.</summary>
    private static async Task<Answer[]> AllAtOnceAsync(int count, Func<int, Task<Answer>> send)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await send(i);
        })).ToArray();
        start.SetResult();
        return await Task.WhenAll(requests);
    }

    private static string Summary(IEnumerable<Answer> answers) =>
        string.Join(Environment.NewLine, answers.GroupBy(a => (a.Status, a.Body)).Select(g => $"{g.Count()} × {(int)g.Key.Status} {g.Key.Body}"));
}
