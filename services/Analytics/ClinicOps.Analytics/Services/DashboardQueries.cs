using ClinicOps.Analytics.Dtos;
using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// The caller's clinic figures (the tenant filter scopes every query). Each answer reads the counter rows and an
/// indexed count of the few future scheduled appointments — never all of a clinic's facts.
/// </summary>
public sealed class DashboardQueries(AnalyticsDbContext db, TimeProvider time)
{
    public async Task<DashboardResponse> GetDashboardAsync(CancellationToken ct)
    {
        // The dashboard is the most requested read: one statement, unless the clinic has no counter row yet.
        var figures = await Figures().SingleOrDefaultAsync(ct)
            ?? new ClinicFigures(
                ClinicCounters.Create(Guid.Empty),
                await db.Clinics.AsNoTracking().Select(clinic => clinic.Currency).FirstOrDefaultAsync(ct),
                await Upcoming().CountAsync(ct));
        var counters = figures.Counters;

        return new DashboardResponse(
            counters.TotalAppointments,
            figures.Upcoming,
            counters.CompletedAppointments,
            counters.CancelledAppointments,
            counters.NoShowAppointments,
            Money.Cents(counters.Revenue),
            new PendingPaymentsResponse(counters.PendingPaymentsCount, Money.Cents(counters.PendingPaymentsAmount)),
            counters.PendingReminders,
            figures.Currency,
            counters.AsOf);
    }

    public async Task<IReadOnlyList<DoctorFiguresResponse>> GetDoctorsAsync(CancellationToken ct)
    {
        var names = await db.Doctors.AsNoTracking().Where(d => d.DeletedAt == null).ToDictionaryAsync(d => d.DoctorId, d => d.Name, ct);
        var counters = await db.DoctorCounters.AsNoTracking().ToDictionaryAsync(d => d.DoctorId, ct);
        var upcoming = await UpcomingByDoctor().ToDictionaryAsync(x => x.DoctorId, x => x.Count, ct);

        return names.Keys.Union(counters.Keys).Union(upcoming.Keys)
            .Select(id =>
            {
                var figures = counters.GetValueOrDefault(id);
                return new DoctorFiguresResponse(
                    id,
                    names.GetValueOrDefault(id),
                    figures?.TotalAppointments ?? 0,
                    upcoming.GetValueOrDefault(id),
                    figures?.CompletedAppointments ?? 0,
                    figures?.NoShowAppointments ?? 0,
                    Money.Cents(figures?.Revenue ?? 0m));
            })
            .OrderBy(d => d.Name ?? "\uffff", StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(d => d.DoctorId)
            .ToList();
    }

    /// <summary>
    /// The counter row with the clinic's currency and the upcoming count as subqueries. The subqueries are written out
    /// here: a call such as Upcoming().Count() inside the projection does not depend on the row, so EF would run it
    /// on its own, synchronously, before the query (the analytics profile showed it), instead of translating it.
    /// </summary>
    internal IQueryable<ClinicFigures> Figures()
    {
        var now = time.Now();
        return db.ClinicCounters.AsNoTracking().Select(counters => new ClinicFigures(
            counters,
            db.Clinics.Select(clinic => clinic.Currency).FirstOrDefault(),
            db.AppointmentFacts.Count(a => a.Status == AppointmentStatuses.Scheduled && !a.Deleted && a.StartsAt > now)));
    }

    internal IQueryable<DoctorUpcoming> UpcomingByDoctor() =>
        Upcoming().GroupBy(a => a.DoctorId).Select(g => new DoctorUpcoming(g.Key, g.Count()));

    /// <summary>Scheduled, not deleted, starting after now: served by the partial index ix_appointment_facts_upcoming.</summary>
    internal IQueryable<AppointmentFact> Upcoming()
    {
        var now = time.Now();
        return db.AppointmentFacts.AsNoTracking()
            .Where(a => a.Status == AppointmentStatuses.Scheduled && !a.Deleted && a.StartsAt > now);
    }
}
