using ClinicOps.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddWebDefaults();
builder.AddStaffWebApp();

var app = builder.Build();
app.UseStaffWebApp();
app.MapWebHealth();
app.MapStaffWebApp();
app.Run();

public partial class Program;
