using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting;

namespace VanPhong.IntegrationTests.Gateway;

/// <summary>The gateway protects the anonymous surface before anything reaches a service.</summary>
public sealed class PublicSurfaceTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static WebApplicationFactory<VanPhong.Gateway.Marker> Gateway() => new WebApplicationFactory<VanPhong.Gateway.Marker>()
        .WithWebHostBuilder(b =>
        {
            b.UseSetting("Gateway:PublicSurface:PermitsPerWindow", "3");
            b.UseSetting("Gateway:PublicSurface:WindowSeconds", "60");
            b.UseSetting("Gateway:PublicSurface:MaxRequestBodyBytes", "2048");
            // No service behind the gateway: allowed requests end in 502, which is all these tests need.
            foreach (var service in new[] { "plans", "feedback", "catalog", "reporting" })
            {
                b.UseSetting($"services:{service}:http:0", "http://127.0.0.1:9");
            }
        });

    [Fact]
    public async Task Past_the_limit_a_client_gets_429_with_a_problem_and_retry_after()
    {
        await using var gateway = Gateway();
        var client = gateway.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.GetAsync("/public/feedback/PAKN-2026-000001", _ct);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refused = await client.GetAsync("/public/feedback/PAKN-2026-000001", _ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        var problem = await refused.Content.ReadFromJsonAsync<Problem>(_ct);
        Assert.Equal(429, problem!.Status);
        Assert.Contains("thử lại", problem.Title);
    }

    [Fact]
    public async Task Staff_routes_are_not_rate_limited_as_the_public_surface()
    {
        await using var gateway = Gateway();
        var client = gateway.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var response = await client.GetAsync("/api/reports/feedback/summary?from=2026-01-01&to=2026-12-31", _ct);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_oversized_public_request_gets_413_before_it_is_proxied()
    {
        await using var gateway = Gateway();
        var client = gateway.CreateClient();

        var response = await client.PostAsync("/public/feedback", new StringContent(new string('x', 4096), System.Text.Encoding.UTF8, "application/json"), _ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Problem>(_ct);
        Assert.Equal(413, problem!.Status);
        Assert.Contains("2 KB", problem.Detail);
    }

    private sealed record Problem(int Status, string Title, string? Detail);
}
