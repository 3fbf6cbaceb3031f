using System.Reflection;
using System.Runtime.CompilerServices;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts;
using ClinicOps.Messaging;

namespace ClinicOps.Analytics.Tests.Unit;

public sealed class PersonalDataTests
{
    /// <summary>Catches a contract event that gains a contact detail without the event log learning to leave it out.</summary>
    [Fact]
    public void Every_phone_email_or_date_of_birth_any_event_carries_is_emptied_before_logging()
    {
        var checkedProperties = new List<string>();
        foreach (var type in IntegrationEventTypes.All)
        {
            var personal = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.Name.Contains("Phone", StringComparison.OrdinalIgnoreCase)
                    || p.Name.Contains("Email", StringComparison.OrdinalIgnoreCase)
                    || p.Name.Contains("Birth", StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (personal.Count == 0)
            {
                continue;
            }

            var evt = (IntegrationEvent)RuntimeHelpers.GetUninitializedObject(type);
            foreach (var property in personal)
            {
                property.SetValue(evt, property.PropertyType == typeof(DateOnly?) ? new DateOnly(1980, 1, 1) : "+4915112345678");
            }

            var redacted = PersonalData.Redacted(evt);
            foreach (var property in personal)
            {
                Assert.True(property.GetValue(redacted) is null or "", $"{type.Name}.{property.Name} reaches the event log");
                checkedProperties.Add($"{type.Name}.{property.Name}");
            }
        }

        Assert.Contains("AppointmentScheduled.PatientPhone", checkedProperties);
        Assert.Contains("PatientRegistered.Email", checkedProperties);
    }
}
