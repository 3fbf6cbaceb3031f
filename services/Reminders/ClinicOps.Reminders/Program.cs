using ClinicOps.Reminders.Apis;
using ClinicOps.Reminders.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapRemindersApi();
app.MapReminderSettingsApi();
app.Run();

public partial class Program;
