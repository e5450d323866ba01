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
}

/// <summary>Protection of the anonymous surface: a fixed window per client address (429) and a body size limit (413).</summary>
public static class PublicSurface
{
    public static IServiceCollection AddPublicSurfaceProtection(this IServiceCollection services, PublicSurfaceOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(GatewayRoutes.PublicRateLimitPolicy, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.PermitsPerWindow,
                        Window = TimeSpan.FromSeconds(options.WindowSeconds),
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                }

                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = ProblemDetailsDefaults.TitleFor(StatusCodes.Status429TooManyRequests),
                        Detail = $"Quý vị đã gửi quá {options.PermitsPerWindow} yêu cầu trong {options.WindowSeconds} giây. Vui lòng đợi giây lát rồi thử lại.",
                    },
                });
            };
        });
        return services;
    }

    /// <summary>
    /// Refuses an oversized public request before it is proxied: at once when Content-Length says so, and through
    /// Kestrel's per-request limit for a chunked body.
    /// </summary>
    public static IApplicationBuilder UsePublicBodyLimit(this IApplicationBuilder app, PublicSurfaceOptions options) =>
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(RoutePrefixes.Public))
            {
                if (http.Request.ContentLength > options.MaxRequestBodyBytes)
                {
                    http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = http,
                        ProblemDetails =
                        {
                            Status = StatusCodes.Status413PayloadTooLarge,
                            Title = ProblemDetailsDefaults.TitleFor(StatusCodes.Status413PayloadTooLarge),
                            Detail = $"Dung lượng gửi lên vượt quá {options.MaxRequestBodyBytes / 1024} KB cho phép.",
                        },
                    });
                    return;
                }

                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = options.MaxRequestBodyBytes;
                }
            }

            await next(http);
        });
}
