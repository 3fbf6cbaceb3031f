using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClinicOps.ServiceDefaults.Auth.Access;

public static class UserAccessExtensions
{
    /// <summary>
    /// Refuse tokens of removed users, of ended sessions (401) and of changed roles (403), as recorded in the
    /// user_access table of <typeparamref name="TDbContext"/> (add it with <see cref="UserAccessModelBuilderExtensions.AddUserAccess"/>).
    /// </summary>
    public static IHostApplicationBuilder AddUserAccessCheck<TDbContext>(this IHostApplicationBuilder builder)
        where TDbContext : DbContext
    {
        builder.Services.AddSingleton<IUserAccessCheck, UserAccessCheck<TDbContext>>();
        return builder;
    }
}
