using System.Net;
using ClinicOps.Contracts;
using ClinicOps.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Billing.Tests.Infrastructure;

/// <summary>
/// Billing with the real scheduling and identity services, started once for all billing tests (one collection: one billing
/// instance consumes the "billing-*" queues, so no other instance in this process takes its events).
/// </summary>
public sealed class BillingApp : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    public BillingApp()
    {
        Billing = new BillingFactory(Scheduling, Identity);
    }

    public SchedulingFactory Scheduling { get; } = new();

    public IdentityFactory Identity { get; } = new();

    public BillingFactory Billing { get; }

    public ConsumedMessages Consumed => Billing.Consumed;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Scheduling.InitializeAsync(), Identity.InitializeAsync(), Billing.InitializeAsync());
        await WaitHealthyAsync(Scheduling.CreateClient());
        await WaitHealthyAsync(Identity.CreateClient());
        await WaitHealthyAsync(Billing.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Billing).DisposeAsync();
        await ((IAsyncLifetime)Scheduling).DisposeAsync();
        await ((IAsyncLifetime)Identity).DisposeAsync();
    }

    /// <summary>A user of <paramref name="clinicId"/> calling billing (receptionists take payments).</summary>
    public HttpClient ClientFor(Guid clinicId, string role = "receptionist") => Billing.CreateClientFor(clinicId, role);

    /// <summary>A new clinic, made known to billing the real way: ClinicRegistered through the broker.</summary>
    public async Task<Guid> NewClinicAsync(string currency = "EUR")
    {
        var clinicId = Guid.CreateVersion7();
        await PublishAsync(Events.ClinicRegistered(clinicId, currency));
        return clinicId;
    }

    /// <summary>An appointment booked in scheduling as billing learns of it: AppointmentScheduled (v1) through the broker.</summary>
    public async Task<Contracts.Scheduling.AppointmentScheduled> BookAsync(Guid clinicId)
    {
        var booked = Events.Scheduled(clinicId);
        await PublishAsync(booked);
        return booked;
    }

    /// <summary>Publishes to RabbitMQ (MessageId = EventId, as the outbox relay does) and waits until billing consumed it.</summary>
    public async Task PublishAsync<T>(T evt) where T : IntegrationEvent
    {
        var before = Consumed.Count(evt.EventId);
        await Billing.Services.GetRequiredService<IBus>().Publish(evt, context => context.MessageId = evt.EventId);
        await Consumed.WaitAsync(evt.EventId, before + 1);
    }

    private static Task WaitHealthyAsync(HttpClient client) =>
        Eventually.GetAsync(async () =>
        {
            using var response = await client.GetAsync("/health");
            return $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
        }, answer => answer.StartsWith("200:", StringComparison.Ordinal), "/health to answer 200", StartLimit);
}
