using ClinicOps.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseRequestId();
app.UseBodySizeLimit();
app.MapDefaultEndpoints();
app.UseRateLimiter();
app.MapServiceProxy();
app.MapApiReference();
app.MapUnknownPathFallback();
app.Run();

public partial class Program;
