namespace ClinicOps.Web.Api;

/// <summary>
/// The doctor's and patient's names of appointments: taken from the appointment when the API includes them, otherwise
/// looked up once per distinct id (a page of at most 25 appointments, a clinic of a few doctors).
/// </summary>
public sealed class AppointmentNames(IReadOnlyDictionary<Guid, string> doctors, IReadOnlyDictionary<Guid, string> patients)
{
    public string Doctor(Appointment appointment) =>
        appointment.DoctorName ?? doctors.GetValueOrDefault(appointment.DoctorId) ?? "Unknown doctor";

    public string Patient(Appointment appointment) =>
        appointment.PatientName ?? patients.GetValueOrDefault(appointment.PatientId) ?? "Unknown patient";

    /// <param name="knownDoctors">The clinic's doctors when the page has them already (saves asking again).</param>
    public static async Task<AppointmentNames> ForAsync(IReadOnlyList<Appointment> appointments, DoctorsClient doctorsClient,
        PatientsClient patientsClient, CancellationToken cancellationToken, IReadOnlyList<Doctor>? knownDoctors = null)
    {
        var doctors = new Dictionary<Guid, string>();
        if (appointments.Any(a => a.DoctorName is null))
        {
            var list = knownDoctors ?? (await doctorsClient.ListAsync(null, cancellationToken)).Value?.Items ?? [];
            foreach (var doctor in list)
            {
                doctors[doctor.Id] = doctor.Name;
            }
        }

        var missing = appointments.Where(a => a.PatientName is null).Select(a => a.PatientId).Distinct().ToList();
        var found = await Task.WhenAll(missing.Select(id => patientsClient.GetAsync(id, cancellationToken)));
        var patients = found.Where(r => r.Succeeded).ToDictionary(r => r.Value!.Id, r => r.Value!.Name);
        return new AppointmentNames(doctors, patients);
    }
}
