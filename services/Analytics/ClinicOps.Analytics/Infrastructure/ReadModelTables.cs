namespace ClinicOps.Analytics.Infrastructure;

/// <summary>The names of the derived tables: everything a rebuild empties and fills again from the event log.</summary>
public static class ReadModelTables
{
    public const string AppointmentFacts = "appointment_facts";
    public const string PaymentFacts = "payment_facts";
    public const string ReminderFacts = "reminder_facts";
    public const string Doctors = "doctors";
    public const string Clinics = "clinics";
    public const string ClinicCounters = "clinic_counters";
    public const string DoctorCounters = "doctor_counters";
    public const string DailyRevenue = "daily_revenue";
    public const string EventLog = "event_log";

    public const string Derived =
        $"{AppointmentFacts}, {PaymentFacts}, {ReminderFacts}, {Doctors}, {Clinics}, {ClinicCounters}, {DoctorCounters}, {DailyRevenue}";

    public const string LockDerived = $"LOCK TABLE {Derived} IN ACCESS EXCLUSIVE MODE";
    public const string TruncateDerived = $"TRUNCATE {Derived}";
}
