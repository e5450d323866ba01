using VanPhong.Identity;
using VanPhong.Identity.Connect;
using VanPhong.Identity.Data;
using VanPhong.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseReadableConnectForms();
app.MapDefaultEndpoints();
app.MapApplicationEndpoints();

await app.MigrateDatabaseAsync<IdentityDb>();
await app.RunAsync();

namespace VanPhong.Identity
{
    /// <summary>Anchor for WebApplicationFactory in the tests.</summary>
    public sealed class Marker;
}
