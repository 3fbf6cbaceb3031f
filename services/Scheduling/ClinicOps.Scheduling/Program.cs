using ClinicOps.Scheduling.Apis;
using ClinicOps.Scheduling.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDoctorsApi();
app.MapPatientsApi();
app.MapAppointmentsApi();
app.Run();

public partial class Program;
