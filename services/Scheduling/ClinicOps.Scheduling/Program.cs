using ClinicOps.Scheduling.Apis;
using ClinicOps.Scheduling.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDoctorsApi();
app.MapWorkingHoursApi();
app.MapTimeOffApi();
app.MapPatientsApi();
app.MapAppointmentTypesApi();
app.MapAppointmentsApi();
app.MapAvailabilityApi();
app.Run();

public partial class Program;
