using VanPhong.Persistence;
using VanPhong.Reporting;
using VanPhong.Reporting.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapReportingEndpoints();

await app.MigrateDatabaseAsync<ReportingDb>();
await app.RunAsync();

namespace VanPhong.Reporting
{
    /// <summary>Anchor for WebApplicationFactory in the tests.</summary>
    public sealed class Marker;
}
