using VanPhong.Plans;
using VanPhong.Plans.Data;
using VanPhong.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApplicationEndpoints();

await app.MigrateDatabaseAsync<PlansDb>();
await app.RunAsync();

namespace VanPhong.Plans
{
    /// <summary>Anchor for WebApplicationFactory in the tests.</summary>
    public sealed class Marker;
}
