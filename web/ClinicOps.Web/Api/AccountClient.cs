namespace ClinicOps.Web.Api;

/// <summary>The signed-in person's own credentials and sessions.</summary>
public sealed class AccountClient(ApiClient api)
{
    /// <summary>A new password; identity ends every other session of the user (this one goes on).</summary>
    public Task<ApiResult<NoContent>> ChangePasswordAsync(PasswordForm form, CancellationToken cancellationToken) =>
        api.SendAsync<NoContent>(HttpMethod.Post, "/api/me/password",
            new { currentPassword = form.CurrentPassword ?? "", newPassword = form.NewPassword ?? "" }, null, cancellationToken);

    /// <summary>Ends every session of the user, this one too.</summary>
    public Task<ApiResult<NoContent>> SignOutEverywhereAsync(CancellationToken cancellationToken) =>
        api.SendAsync<NoContent>(HttpMethod.Post, "/api/auth/logout-all", null, null, cancellationToken);
}
