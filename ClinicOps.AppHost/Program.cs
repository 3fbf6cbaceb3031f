using ClinicOps.AppHost.Commands;
using ClinicOps.AppHost.Infrastructure;

if (DataCommands.IsCommand(args))
{
    return await DataCommands.RunAsync(args);
}

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddClinicPostgres();
var rabbitmq = builder.AddClinicRabbitMq();
var mailbox = builder.AddMailbox();
var jwt = builder.GetOrCreateJwtKeys();

var identity = builder.AddClinicService<Projects.ClinicOps_Identity>("identity", postgres.AddClinicDatabase("identity"), rabbitmq, jwt)
    .WithJwtSigningKey(jwt);
var scheduling = builder.AddClinicService<Projects.ClinicOps_Scheduling>("scheduling", postgres.AddClinicDatabase("scheduling"), rabbitmq, jwt)
    .WithReference(identity); // checks a user linked to a doctor over HTTP until UserRegistered has arrived
var billing = builder.AddClinicService<Projects.ClinicOps_Billing>("billing", postgres.AddClinicDatabase("billing"), rabbitmq, jwt)
    .WithReference(scheduling) // checks appointments over HTTP (service discovery) until its replica has them
    .WithReference(identity); // and the clinic's currency until ClinicRegistered has arrived
var reminders = builder.AddClinicService<Projects.ClinicOps_Reminders>("reminders", postgres.AddClinicDatabase("reminders"), rabbitmq, jwt)
    .WithMailbox(mailbox)
    .WithReference(scheduling); // checks appointments over HTTP (service discovery) until its replica has them
var analytics = builder.AddClinicService<Projects.ClinicOps_Analytics>("analytics", postgres.AddClinicDatabase("analytics"), rabbitmq, jwt);

var gateway = builder.AddClinicGateway(jwt, identity, scheduling, billing, reminders, analytics)
    .AnnounceWhenReady();
builder.AddClinicWebApp(gateway);

builder.Build().Run();
return 0;
