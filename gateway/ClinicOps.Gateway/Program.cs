using ClinicOps.Gateway.Extensions;
using ClinicOps.Gateway.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseRequestId();
app.UseBodySizeLimit();
app.MapDefaultEndpoints();
app.UseRateLimiter();
app.MapServiceProxy();
app.MapMergedOpenApi();
app.MapApiReference();
app.MapUnknownPathFallback();
app.Run();

public partial class Program;
