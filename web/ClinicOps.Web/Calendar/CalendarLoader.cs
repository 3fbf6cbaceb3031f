using ClinicOps.Web.Api;
using ClinicOps.Web.Clinic;

namespace ClinicOps.Web.Calendar;

/// <summary>
/// Loads a calendar view through the API: the clinic's basics once, then the view's appointments and each shown
/// doctor's hours and time off, all at the same time.
/// </summary>
public sealed class CalendarLoader(
    MeClient me,
    DoctorsClient doctors,
    AppointmentTypesClient types,
    AppointmentsClient appointments,
    WorkingHoursClient hours,
    TimeOffClient timeOff,
    TimeProvider time)
{
    public async Task<ApiResult<ClinicBasics>> LoadBasicsAsync(CancellationToken cancellationToken)
    {
        var meTask = me.GetAsync(cancellationToken);
        var doctorsTask = doctors.ListAsync(null, cancellationToken);
        var typesTask = types.ListAsync(includeArchived: true, cancellationToken);
        var (meResult, doctorsResult, typesResult) = (await meTask, await doctorsTask, await typesTask);
        if (!meResult.Succeeded)
        {
            return meResult.Problem;
        }

        if (!doctorsResult.Succeeded)
        {
            return doctorsResult.Problem;
        }

        if (!typesResult.Succeeded)
        {
            return typesResult.Problem;
        }

        return new ApiResult<ClinicBasics>(new ClinicBasics(meResult.Value, doctorsResult.Value.Items, typesResult.Value.Items), null);
    }

    /// <summary>The view at <paramref name="position"/>; a week without a known doctor shows the clinic's first.</summary>
    public async Task<ApiResult<CalendarData>> LoadAsync(ClinicBasics basics, CalendarPosition position, CancellationToken cancellationToken)
    {
        if (position.View == CalendarView.Week && basics.Doctors.All(d => d.Id != position.DoctorId))
        {
            position = position with { DoctorId = basics.Doctors.FirstOrDefault()?.Id };
        }

        var shown = position.View == CalendarView.Day ? basics.Doctors : [.. basics.Doctors.Where(d => d.Id == position.DoctorId)];
        var clock = ClinicClock.For(basics.Me.Clinic.TimeZone, time);
        var (from, to) = (clock.StartOf(position.FirstDate), clock.StartOf(position.LastDate.AddDays(1)));

        var appointmentsTask = shown.Count == 0
            ? Task.FromResult(new ApiResult<IReadOnlyList<Appointment>>([], null))
            : appointments.ListAllAsync(new AppointmentQuery(From: from, To: to, DoctorId: position.View == CalendarView.Week ? position.DoctorId : null),
                cancellationToken);
        var hoursTasks = shown.Select(d => hours.GetAsync(d.Id, cancellationToken)).ToList();
        var timeOffTasks = shown.Select(d => timeOff.ListAsync(d.Id, from, to, cancellationToken)).ToList();
        var appointmentsResult = await appointmentsTask;
        var hoursResults = await Task.WhenAll(hoursTasks);
        var timeOffResults = await Task.WhenAll(timeOffTasks);

        var problem = appointmentsResult.Problem
            ?? hoursResults.FirstOrDefault(r => !r.Succeeded)?.Problem
            ?? timeOffResults.FirstOrDefault(r => !r.Succeeded)?.Problem;
        if (problem is not null)
        {
            return problem;
        }

        return new ApiResult<CalendarData>(new CalendarData(
            basics,
            position,
            [.. hoursResults.Select(r => r.Value!)],
            [.. timeOffResults.SelectMany(r => r.Value!.Items)],
            appointmentsResult.Value!), null);
    }
}
