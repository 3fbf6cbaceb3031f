using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Messaging;

public static class UserAccessBusExtensions
{
    /// <summary>Consumes identity's UserAccessChanged into the service's user_access table.</summary>
    public static void AddUserAccessConsumer<TDbContext>(this IBusRegistrationConfigurator bus) where TDbContext : DbContext =>
        bus.AddConsumer<UserAccessConsumer<TDbContext>>();
}
