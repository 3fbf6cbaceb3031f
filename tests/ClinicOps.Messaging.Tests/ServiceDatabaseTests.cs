using ClinicOps.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace ClinicOps.Messaging.Tests;

/// <summary>The connection settings every service gets from AddServiceDatabase (ServiceDefaults).</summary>
public sealed class ServiceDatabaseTests
{
    [Fact]
    public void A_service_holds_at_most_thirty_connections_by_default() =>
        Assert.Equal(30, SettingsFor("Host=db.internal;Database=notes;Username=app").MaxPoolSize);

    [Theory]
    [InlineData("Host=db.internal;Database=notes;Maximum Pool Size=80")]
    [InlineData("Host=db.internal;Database=notes;MaxPoolSize=80")]
    [InlineData("Host=db.internal;Database=notes;maximum pool size=80")]
    public void An_operators_own_pool_size_is_kept(string connectionString) =>
        Assert.Equal(80, SettingsFor(connectionString).MaxPoolSize);

    [Fact]
    public void A_connection_goes_back_to_the_pool_without_a_reset_statement() =>
        Assert.True(SettingsFor("Host=db.internal;Database=notes;Username=app").NoResetOnClose);

    [Fact]
    public void Statements_run_often_are_prepared_on_each_connection() =>
        Assert.Equal(100, SettingsFor("Host=db.internal;Database=notes;Username=app").MaxAutoPrepare);

    [Fact]
    public void An_operators_own_preparation_setting_is_kept() =>
        Assert.Equal(0, SettingsFor("Host=db.internal;Database=notes;Max Auto Prepare=0").MaxAutoPrepare);

    private static NpgsqlConnectionStringBuilder SettingsFor(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:notes"] = connectionString;
        builder.AddServiceDatabase<TestDbContext>("notes");
        using var services = builder.Services.BuildServiceProvider();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
    }
}
