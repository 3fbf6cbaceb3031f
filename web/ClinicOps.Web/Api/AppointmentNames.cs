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

    public static async Task<AppointmentNames> ForAsync(IReadOnlyList<Appointment> appointments, DoctorsClient doctorsClient,
        PatientsClient patientsClient, CancellationToken cancellationToken)
    {
        var doctors = new Dictionary<Guid, string>();
        if (appointments.Any(a => a.DoctorName is null))
        {
            var list = await doctorsClient.ListAsync(null, cancellationToken);
            foreach (var doctor in list.Value?.Items ?? [])
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
