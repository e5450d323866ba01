using VanPhong.Catalog;
using VanPhong.Catalog.Data;
using VanPhong.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApplicationEndpoints();

await app.MigrateDatabaseAsync<CatalogDb>();
await app.RunAsync();

namespace VanPhong.Catalog
{
    /// <summary>Anchor for WebApplicationFactory in the tests.</summary>
    public sealed class Marker;
}
