using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>A doctor's weekly working hours: read, and replaced as a whole.</summary>
public sealed class WorkingHoursService(SchedulingDbContext db)
{
    public async Task<WorkingHoursResponse> GetAsync(Guid doctorId, CancellationToken ct)
    {
        await EnsureDoctorAsync(doctorId, ct);
        var intervals = await db.WorkingIntervals.AsNoTracking().Where(w => w.DoctorId == doctorId).ToListAsync(ct);
        return WorkingHoursResponse.From(doctorId, new WeeklyHours(intervals.Select(w => w.ToLocal())));
    }

    /// <summary>
    /// Replaces the week under the doctor's schedule lock, so two replacements at once never mix their intervals (each
    /// deletes what it sees, and a concurrent one's rows would otherwise survive it).
    /// </summary>
    public async Task<WorkingHoursResponse> ReplaceAsync(Guid doctorId, WorkingHoursRequest request, CancellationToken ct)
    {
        var hours = WorkingHoursInput.Parse(request);
        await EnsureDoctorAsync(doctorId, ct);
        await db.InTransactionAsync(async attemptCt =>
        {
            db.ChangeTracker.Clear();
            await AdvisoryLock.AcquireForTransactionAsync(db, doctorId, attemptCt);
            await db.WorkingIntervals.Where(w => w.DoctorId == doctorId).ExecuteDeleteAsync(attemptCt);
            db.WorkingIntervals.AddRange(hours.All.Select(h => WorkingInterval.For(doctorId, h.Day, h.Interval)));
            await db.SaveChangesAsync(attemptCt);
        }, ct);
        return WorkingHoursResponse.From(doctorId, hours);
    }

    private async Task EnsureDoctorAsync(Guid doctorId, CancellationToken ct)
    {
        if (!await db.Doctors.AnyAsync(d => d.Id == doctorId, ct))
        {
            throw new NotFoundException("Doctor");
        }
    }
}
