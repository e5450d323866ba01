using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.IntegrationTests.Infrastructure;

namespace VanPhong.IntegrationTests.Security;

/// <summary>Every staff endpoint × (no token, expired token, wrong role, other unit, right token), through the gateway.</summary>
public sealed class AuthorizationMatrixTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Platform P => fixture.Platform;

    public static TheoryData<string> Endpoints() => [.. AuthorizationMatrix.Rows.Select(r => r.Key)];

    [Fact]
    public void Every_api_endpoint_has_a_policy_and_a_row_in_the_matrix()
    {
        var found = new List<string>();
        var withoutPolicy = new List<string>();
        foreach (var (service, services) in P.ApiServices)
        {
            foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
            {
                var route = endpoint.RoutePattern.RawText ?? "";
                if (!route.StartsWith("/api/", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                {
                    found.Add($"{method} {route}");
                }

                var named = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy));
                if (!named || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
                {
                    withoutPolicy.Add($"{service}: {route}");
                }
            }
        }

        Assert.Empty(withoutPolicy);
        Assert.Equal(AuthorizationMatrix.Rows.Select(r => r.Key).Order(), found.Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_caller_gets_exactly_what_the_policy_says(string endpoint)
    {
        var row = AuthorizationMatrix.Rows.Single(r => r.Key == endpoint);

        var anonymous = await SendAsync(row, row.Right, token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        var expired = await SendAsync(row, row.Right, await P.ExpiredTokenAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("invalid_token", expired.Headers.WwwAuthenticate.ToString());

        var wrongRole = await SendAsync(row, row.WrongRole, await TokenAsync(row.WrongRole));
        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);

        var otherUnit = await SendAsync(row, row.OtherUnit, await TokenAsync(row.OtherUnit));
        if (row.OtherUnitAllowed)
        {
            Assert.True(otherUnit.IsSuccessStatusCode, $"other unit: {(int)otherUnit.StatusCode} {await otherUnit.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, otherUnit.StatusCode);
        }

        var right = await SendAsync(row, row.Right, await TokenAsync(row.Right));
        Assert.True(right.IsSuccessStatusCode, $"right caller: {(int)right.StatusCode} {await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    private Task<string> TokenAsync(TestUser user) =>
        user == AuthorizationMatrix.Platformless ? P.ClientTokenAsync(Platform.IntegrationClient) : P.TokenForAsync(user);

    private async Task<HttpResponseMessage> SendAsync(EndpointRow row, TestUser caller, string? token)
    {
        using var request = await row.Request(P, caller);
        return await P.WithToken(token).SendAsync(request, TestContext.Current.CancellationToken);
    }
}
