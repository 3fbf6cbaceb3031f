using ClinicOps.Identity.Apis;
using ClinicOps.Identity.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapClinicsApi();
app.MapAuthApi();
app.MapUsersApi();
app.MapJwksApi();
app.Run();

public partial class Program;
