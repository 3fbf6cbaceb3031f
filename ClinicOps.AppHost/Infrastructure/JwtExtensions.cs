namespace ClinicOps.AppHost.Infrastructure;

public static class JwtExtensions
{
    /// <summary>
    /// The app's token keys: generated on first run and kept in the app's data folder (never in the repository),
    /// or taken from configuration <see cref="JwtKeys.PrivateKeyConfigurationKey"/>.
    /// </summary>
    public static JwtKeys GetOrCreateJwtKeys(this IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration[JwtKeys.PrivateKeyConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return JwtKeys.FromPrivateKey(configured);
        }

        var path = Path.Combine(builder.GetAppDataDirectory(), DataFolder.SigningKey);
        AppDataDirectory.CreatePrivateDirectory(Path.GetDirectoryName(path)!);
        return JwtKeys.LoadOrCreate(path);
    }

    /// <summary>What every service and the gateway need to validate tokens.</summary>
    public static IResourceBuilder<T> WithJwtValidation<T>(this IResourceBuilder<T> resource, JwtKeys keys) where T : IResourceWithEnvironment =>
        resource
            .WithEnvironment("Jwt__Issuer", JwtKeys.Issuer)
            .WithEnvironment("Jwt__Audience", JwtKeys.Audience)
            .WithEnvironment("Jwt__PublicKey", keys.PublicKeyPem);

    /// <summary>The signing key, for identity alone; a secret parameter, so the dashboard masks it.</summary>
    public static IResourceBuilder<T> WithJwtSigningKey<T>(this IResourceBuilder<T> resource, JwtKeys keys) where T : IResourceWithEnvironment
    {
        var privateKey = resource.ApplicationBuilder.AddParameter("jwt-signing-key", keys.PrivateKeyPem, secret: true);
        return resource.WithEnvironment("Jwt__PrivateKey", privateKey);
    }
}
