using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using VanPhong.Topology;

namespace VanPhong.Gateway;

public sealed class PublicSurfaceOptions
{
    /// <summary>Requests one client address may make to /public/** per window.</summary>
    public int PermitsPerWindow { get; set; } = 60;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Largest request body accepted on /public/**: a PAKN with three 2 MB attachments in base64 fits.</summary>
    public long MaxRequestBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Longest path and query string a citizen's request may have (414 past it). Kestrel's own bound (8 KB for the whole
    /// request line) answers without a body and is not there when the gateway runs behind another server.
    /// </summary>
    public int MaxRequestTargetLength { get; set; } = 4096;

    /// <summary>Requests one client address may make to the web pages (GETs included, their styles and images too) per window.</summary>
    public int PagePermitsPerWindow { get; set; } = 300;

    /// <summary>Requests the gateway handles at once, whoever sends them; past it (and a short queue) 429.</summary>
    public int MaxConcurrentRequests { get; set; } = 256;

    public int QueuedRequests { get; set; } = 256;
}

/// <summary>
/// Protection of everything citizens reach: a fixed window per client address on the public API, Open311, the token
/// endpoint and the sign-in pages, another on the web pages (GETs too), a bound on the requests handled at once for
/// the whole gateway (429 with Retry-After and a problem in Vietnamese), and a body size limit (413).
/// </summary>
public static class PublicSurface
{
    public static IServiceCollection AddPublicSurfaceProtection(this IServiceCollection services, PublicSurfaceOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(GatewayRoutes.PublicRateLimitPolicy, context => PerAddress(context, options.PermitsPerWindow, options.WindowSeconds));
            limiter.AddPolicy(GatewayRoutes.PagesRateLimitPolicy, context => PerAddress(context, options.PagePermitsPerWindow, options.WindowSeconds));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetConcurrencyLimiter("gateway", _ =>
                new ConcurrencyLimiterOptions { PermitLimit = options.MaxConcurrentRequests, QueueLimit = options.QueuedRequests, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                var perAddress = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter);
                http.Response.Headers.RetryAfter = perAddress ? ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString() : "1";

                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = ProblemDetailsDefaults.TitleFor(StatusCodes.Status429TooManyRequests),
                        Detail = perAddress
                            ? $"Quý vị đã gửi quá nhiều yêu cầu trong {options.WindowSeconds} giây. Vui lòng đợi giây lát rồi thử lại."
                            : "Hệ thống đang tiếp nhận quá nhiều yêu cầu cùng lúc. Vui lòng thử lại sau giây lát.",
                    },
                });
            };
        });
        return services;
    }

    /// <summary>A fixed window per client address (an IPv6 client per /64): the TCP peer, or what a trusted proxy said it was (<see cref="TrustedProxies"/>).</summary>
    private static RateLimitPartition<string> PerAddress(HttpContext context, int permits, int windowSeconds) =>
        RateLimitPartition.GetFixedWindowLimiter(
            VanPhong.ServiceDefaults.ClientAddresses.Key(context.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromSeconds(windowSeconds), QueueLimit = 0 });

    /// <summary>
    /// Refuses a request to a citizen-facing path whose address is too long (414), and an oversized public request
    /// before it is proxied (413): at once when Content-Length says so, and through Kestrel's per-request limit for a
    /// chunked body.
    /// </summary>
    public static IApplicationBuilder UsePublicBodyLimit(this IApplicationBuilder app, PublicSurfaceOptions options) =>
        app.Use(async (http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments(RoutePrefixes.Api)
                && http.Request.PathBase.Value!.Length + http.Request.Path.Value!.Length + http.Request.QueryString.Value!.Length > options.MaxRequestTargetLength)
            {
                await RefuseAsync(http, StatusCodes.Status414UriTooLong, $"Địa chỉ yêu cầu dài quá {options.MaxRequestTargetLength} ký tự. Vui lòng rút gọn nội dung tra cứu.");
                return;
            }

            if (http.Request.Path.StartsWithSegments(RoutePrefixes.Public))
            {
                if (http.Request.ContentLength > options.MaxRequestBodyBytes)
                {
                    await RefuseAsync(http, StatusCodes.Status413PayloadTooLarge, $"Dung lượng gửi lên vượt quá {options.MaxRequestBodyBytes / 1024} KB cho phép.");
                    return;
                }

                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = options.MaxRequestBodyBytes;
                }
            }

            await next(http);
        });

    private static Task RefuseAsync(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Title = ProblemDetailsDefaults.TitleFor(status), Detail = detail },
        }).AsTask();
    }
}
