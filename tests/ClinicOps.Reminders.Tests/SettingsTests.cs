using System.Net;
using System.Net.Http.Json;
using ClinicOps.Reminders.Dtos;
using ClinicOps.Reminders.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace ClinicOps.Reminders.Tests;

[Collection(RemindersCollection.Name)]
public sealed class SettingsTests(RemindersFactory factory)
{
    [Fact]
    public async Task A_clinic_starts_with_the_defaults()
    {
        var clinic = new Clinic(factory);

        var settings = await clinic.Client("doctor").GetFromJsonAsync<ReminderSettingsResponse>("/api/reminders/settings");

        Assert.Equal([1440], settings!.LeadTimesMinutes);
        Assert.Equal(("email", null, "call"), (settings.DefaultType, settings.FollowUpAfterDays, settings.FollowUpType));
    }

    [Fact]
    public async Task The_owner_changes_the_settings_and_everyone_reads_them()
    {
        var clinic = new Clinic(factory);

        await clinic.PutSettingsAsync(new { leadTimesMinutes = new[] { 30 }, defaultType = "email", followUpAfterDays = 1, followUpType = "call" });

        var put = await clinic.Client("owner").PutAsJsonAsync("/api/reminders/settings",
            new { leadTimesMinutes = new[] { 1440, 60 }, defaultType = "sms", followUpAfterDays = 7, followUpType = "email" });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var settings = await clinic.Client("receptionist").GetFromJsonAsync<ReminderSettingsResponse>("/api/reminders/settings");
        Assert.Equal([60, 1440], settings!.LeadTimesMinutes);
        Assert.Equal(("sms", 7, "email"), (settings.DefaultType, settings.FollowUpAfterDays, settings.FollowUpType));
        var other = await new Clinic(factory).Client().GetFromJsonAsync<ReminderSettingsResponse>("/api/reminders/settings");
        Assert.Equal([1440], other!.LeadTimesMinutes);
    }

    [Theory]
    [InlineData("receptionist")]
    [InlineData("doctor")]
    public async Task Only_the_owner_may_change_them(string role)
    {
        var clinic = new Clinic(factory);

        var response = await clinic.Client(role).PutAsJsonAsync("/api/reminders/settings",
            new { leadTimesMinutes = new[] { 60 }, defaultType = "email", followUpType = "call" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var settings = await clinic.Client().GetFromJsonAsync<ReminderSettingsResponse>("/api/reminders/settings");
        Assert.Equal([1440], settings!.LeadTimesMinutes);
    }

    [Theory]
    [InlineData("{\"leadTimesMinutes\":[0],\"defaultType\":\"email\",\"followUpType\":\"call\"}", "leadTimesMinutes")]
    [InlineData("{\"leadTimesMinutes\":[43201],\"defaultType\":\"email\",\"followUpType\":\"call\"}", "leadTimesMinutes")]
    [InlineData("{\"leadTimesMinutes\":[1,2,3,4,5,6],\"defaultType\":\"email\",\"followUpType\":\"call\"}", "leadTimesMinutes")]
    [InlineData("{\"leadTimesMinutes\":[60,60],\"defaultType\":\"email\",\"followUpType\":\"call\"}", "leadTimesMinutes")]
    [InlineData("{\"defaultType\":\"email\",\"followUpType\":\"call\"}", "leadTimesMinutes")]
    [InlineData("{\"leadTimesMinutes\":[60],\"defaultType\":\"call\",\"followUpType\":\"call\"}", "defaultType")]
    [InlineData("{\"leadTimesMinutes\":[60],\"defaultType\":\"email\",\"followUpType\":\"fax\"}", "followUpType")]
    [InlineData("{\"leadTimesMinutes\":[60],\"defaultType\":\"email\",\"followUpAfterDays\":0,\"followUpType\":\"call\"}", "followUpAfterDays")]
    public async Task Invalid_settings_are_400_with_the_field(string body, string field)
    {
        var clinic = new Clinic(factory);

        var response = await clinic.Client().PutAsync("/api/reminders/settings",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();
        Assert.Equal([field], problem!.Errors.Keys);
    }

    [Fact]
    public async Task An_empty_lead_time_list_turns_automatic_reminders_off()
    {
        var clinic = new Clinic(factory);
        await clinic.PutSettingsAsync(new { leadTimesMinutes = Array.Empty<int>(), defaultType = "email", followUpType = "call" });

        var appointment = await clinic.BookAsync(clinic.Now.AddDays(3));

        Assert.Empty(await clinic.RemindersOfAsync(appointment.Id));
    }
}
