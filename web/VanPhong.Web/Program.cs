using System.Threading.RateLimiting;
using VanPhong.Persistence;
using VanPhong.Web.Backend;
using VanPhong.Web.KeyRing;
using VanPhong.Web.Language;
using VanPhong.Web.SignIn;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSharedKeyRing();

builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Staff");
});
builder.Services.AddServiceClients();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddStaffSignIn(builder.Configuration);

// What citizens post (a PAKN, a lookup with the private key) is limited per address, like the API's public surface.
var citizenPosts = builder.Configuration.GetValue("Web:CitizenPostsPerMinute", 20);
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.OnRejected = async (rejected, ct) =>
    {
        rejected.HttpContext.Response.Headers.RetryAfter = "60";
        rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
        await rejected.HttpContext.Response.WriteAsync("Quý vị đã gửi quá nhiều lần trong một phút. Vui lòng đợi một phút rồi thử lại.", ct);
    };
    options.AddPolicy(CitizenPosts.Policy, context => HttpMethods.IsPost(context.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(VanPhong.ServiceDefaults.ClientAddresses.Key(context.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = citizenPosts, Window = TimeSpan.FromMinutes(1) })
        : RateLimitPartition.GetNoLimiter("get"));
});

var app = builder.Build();
await app.MigrateDatabaseAsync<WebKeysDb>();

app.UseForwardedHeaders();
app.UseEnglishPages();
app.UseExceptionHandler("/loi");
app.UseStatusCodePagesWithReExecute("/loi", "?code={0}");
app.Use(async (context, next) =>
{
    // The pages run no third-party script and are never framed; a form posts only back to the gateway's own address
    // (the staff sign-in and sign-out go through it to the identity service, so 'self' covers them too).
    context.Response.Headers.XContentTypeOptions = "nosniff";
    context.Response.Headers.XFrameOptions = "DENY";
    context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'";
    context.Response.Headers["Referrer-Policy"] = "same-origin";
    await next();
});
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthEndpoints();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapStaffSignIn();

await app.RunAsync();

/// <summary>The rate-limit policy of what citizens post.</summary>
public static class CitizenPosts
{
    public const string Policy = "citizen-posts";
}

namespace VanPhong.Web
{
    /// <summary>Anchor for WebApplicationFactory in the tests.</summary>
    public sealed class Marker;
}
