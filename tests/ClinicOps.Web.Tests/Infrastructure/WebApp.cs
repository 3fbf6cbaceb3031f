namespace ClinicOps.Web.Tests.Infrastructure;

/// <summary>
/// The collection sharing one running app and one browser (<see cref="WebAppFixture"/>); each test gets a browser
/// context of its own and a clinic of its own, so tests stay apart.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebApp : ICollectionFixture<WebAppFixture>
{
    public const string Name = "Web app";
}
