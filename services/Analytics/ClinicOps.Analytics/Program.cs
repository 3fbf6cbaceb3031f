using ClinicOps.Analytics.Apis;
using ClinicOps.Analytics.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
if (ReadModelCommand.IsRequested(args))
{
    // Operator command: rebuild the read model from the event log, then exit (see ReadModelRebuilder).
    await ReadModelCommand.RunAsync(app);
    return;
}

app.MapDefaultEndpoints();
app.MapDashboardApi();
app.MapReportsApi();
app.MapAuditApi();
app.Run();

public partial class Program;
