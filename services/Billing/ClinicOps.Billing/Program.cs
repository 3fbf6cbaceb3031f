using ClinicOps.Billing.Apis;
using ClinicOps.Billing.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPaymentsApi();
app.Run();

public partial class Program;
