using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Gateway;

/// <summary>The gateway protects the anonymous surface before anything reaches a service.</summary>
public sealed class PublicSurfaceTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static WebApplicationFactory<VanPhong.Gateway.Marker> Gateway(params (string Key, string Value)[] settings) => new WebApplicationFactory<VanPhong.Gateway.Marker>()
        .WithWebHostBuilder(b =>
        {
            // The test server has no TCP peer: every request comes from 127.0.0.1, as through a local proxy.
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter, LoopbackPeer>());
            b.UseSetting("Gateway:PublicSurface:PermitsPerWindow", "3");
            b.UseSetting("Gateway:PublicSurface:PagePermitsPerWindow", "3");
            b.UseSetting("Gateway:PublicSurface:WindowSeconds", "60");
            b.UseSetting("Gateway:PublicSurface:MaxRequestBodyBytes", "2048");
            // No service behind the gateway: allowed requests end in 502, which is all these tests need.
            foreach (var service in new[] { "plans", "feedback", "catalog", "reporting" })
            {
                b.UseSetting($"services:{service}:http:0", "http://127.0.0.1:9");
            }

            b.UseSetting("services:web:http:0", "http://127.0.0.1:9");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    [Fact]
    public async Task Past_the_limit_a_client_gets_429_with_a_problem_and_retry_after()
    {
        await using var gateway = Gateway();
        var client = gateway.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.GetAsync($"{RoutePrefixes.PublicFeedback}/PAKN-2026-000001", _ct);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refused = await client.GetAsync($"{RoutePrefixes.PublicFeedback}/PAKN-2026-000001", _ct);

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
            var response = await client.GetAsync($"{RoutePrefixes.Reports}/feedback/summary?from=2026-01-01&to=2026-12-31", _ct);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_oversized_public_request_gets_413_before_it_is_proxied()
    {
        await using var gateway = Gateway();
        var client = gateway.CreateClient();

        var response = await client.PostAsync(RoutePrefixes.PublicFeedback, new StringContent(new string('x', 4096), System.Text.Encoding.UTF8, "application/json"), _ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Problem>(_ct);
        Assert.Equal(413, problem!.Status);
        Assert.Contains("2 KB", problem.Detail);
    }

    [Fact]
    public async Task A_client_cannot_escape_the_limit_by_writing_its_own_forwarded_address()
    {
        await using var gateway = Gateway();
        var client = gateway.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{RoutePrefixes.PublicFeedback}/PAKN-2026-000001");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            statuses.Add((await client.SendAsync(request, _ct)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit()
    {
        await using var gateway = Gateway(("Gateway:TrustedProxies:0", "127.0.0.1"));
        var client = gateway.CreateClient();

        async Task<HttpStatusCode> From(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{RoutePrefixes.PublicFeedback}/PAKN-2026-000001");
            request.Headers.Add("X-Forwarded-For", address);
            return (await client.SendAsync(request, _ct)).StatusCode;
        }

        for (var i = 1; i <= 6; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await From($"203.0.113.{i}"));
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await From("198.51.100.7"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await From("198.51.100.7"));
        // Only the proxy's own hop counts: a chain the client wrote in front of it does not make it someone else.
        Assert.Equal(HttpStatusCode.TooManyRequests, await From("203.0.113.200, 198.51.100.7"));
    }

    [Fact]
    public async Task The_web_pages_are_limited_per_address_too_reads_included()
    {
        await using var gateway = Gateway();
        var client = gateway.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/phan-anh/ket-qua", _ct)).StatusCode);
        }

        var refused = await client.GetAsync("/css/site.css", _ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Past_the_requests_the_gateway_handles_at_once_the_next_gets_429_at_once()
    {
        // A service that accepts connections and never answers: the first request holds the only slot.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var gateway = Gateway(
            ("Gateway:PublicSurface:MaxConcurrentRequests", "1"),
            ("Gateway:PublicSurface:QueuedRequests", "0"),
            ("services:reporting:http:0", $"http://127.0.0.1:{port}"));
        var client = gateway.CreateClient();

        using var hold = CancellationTokenSource.CreateLinkedTokenSource(_ct);
        var held = client.GetAsync($"{RoutePrefixes.Reports}/feedback/summary?from=2026-01-01&to=2026-12-31", hold.Token);
        using var accepted = await silent.AcceptTcpClientAsync(_ct);

        var refused = await client.GetAsync($"{RoutePrefixes.PublicPlans}/2023", _ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("1", refused.Headers.GetValues("Retry-After").Single());
        var problem = await refused.Content.ReadFromJsonAsync<Problem>(_ct);
        Assert.Contains("quá nhiều yêu cầu cùng lúc", problem!.Detail);

        await hold.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
    }

    private sealed record Problem(int Status, string Title, string? Detail);

    private sealed class LoopbackPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
