using Scalar.AspNetCore;
using VanPhong.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddTrustedProxies(builder.Configuration);

var publicSurface = builder.Configuration.GetSection("Gateway:PublicSurface").Get<PublicSurfaceOptions>() ?? new PublicSurfaceOptions();
builder.Services.AddPublicSurfaceProtection(publicSurface);
builder.Services.AddReverseProxy()
    .LoadFromMemory(GatewayRoutes.Routes(publicSurface.MaxRequestBodyBytes), GatewayRoutes.Clusters())
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UsePublicBodyLimit(publicSurface);
app.UseRateLimiter();

app.MapScalarApiReference("/docs", options =>
{
    options.WithTitle("Ban quản lý Khu kinh tế Vân Phong — API");
    foreach (var (service, title) in GatewayRoutes.Services)
    {
        options.AddDocument(service, title, GatewayRoutes.OpenApiPath(service));
    }
});
app.MapReverseProxy();

await app.RunAsync();

namespace VanPhong.Gateway
{
    /// <summary>Anchor for WebApplicationFactory in the tests.</summary>
    public sealed class Marker;
}
