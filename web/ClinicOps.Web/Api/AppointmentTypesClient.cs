using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicOps.Web.Api;

/// <summary>Appointment types; deleting one archives it (appointments keep it, new bookings cannot take it).</summary>
public sealed class AppointmentTypesClient(ApiClient api)
{
    /// <summary>A clinic offers a handful of types: one page of 100 holds them all.</summary>
    public Task<ApiResult<Page<AppointmentType>>> ListAsync(bool includeArchived, CancellationToken cancellationToken) =>
        api.GetAsync<Page<AppointmentType>>(QueryHelpers.AddQueryString("/api/appointment-types", Query.Of(
            ("includeArchived", includeArchived ? "true" : null), ("pageSize", 100.ToString(CultureInfo.InvariantCulture)))), cancellationToken);

    public Task<ApiResult<AppointmentType>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        api.GetAsync<AppointmentType>($"/api/appointment-types/{id}", cancellationToken);

    public Task<ApiResult<AppointmentType>> CreateAsync(AppointmentTypeForm form, CancellationToken cancellationToken) =>
        api.SendAsync<AppointmentType>(HttpMethod.Post, "/api/appointment-types", form.ToBody(), null, cancellationToken);

    public Task<ApiResult<AppointmentType>> UpdateAsync(Guid id, AppointmentTypeForm form, CancellationToken cancellationToken) =>
        api.SendAsync<AppointmentType>(HttpMethod.Put, $"/api/appointment-types/{id}", form.ToBody(), form.ETag, cancellationToken);

    public Task<ApiResult<NoContent>> ArchiveAsync(Guid id, CancellationToken cancellationToken) =>
        api.SendAsync<NoContent>(HttpMethod.Delete, $"/api/appointment-types/{id}", null, null, cancellationToken);
}
