namespace ClinicOps.Web.Api;

/// <summary>A doctor's weekly working hours: read by every role, replaced as a whole week by owners and receptionists.</summary>
public sealed class WorkingHoursClient(ApiClient api)
{
    public Task<ApiResult<WorkingHours>> GetAsync(Guid doctorId, CancellationToken cancellationToken) =>
        api.GetAsync<WorkingHours>($"/api/doctors/{doctorId}/working-hours", cancellationToken);

    public Task<ApiResult<WorkingHours>> SaveAsync(Guid doctorId, IReadOnlyList<WorkingDay> week, CancellationToken cancellationToken) =>
        api.SendAsync<WorkingHours>(HttpMethod.Put, $"/api/doctors/{doctorId}/working-hours", new { week }, null, cancellationToken);
}
