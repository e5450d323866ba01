using VanPhong.Topology;
using Yarp.ReverseProxy.Configuration;

namespace VanPhong.Gateway;

/// <summary>
/// The routing table, built from the shared names rather than repeated in JSON: staff API routes per service,
/// the public surface (rate-limited and size-limited), and each service's OpenAPI document for the docs page.
/// Destinations are "http://&lt;service&gt;", resolved by Aspire service discovery.
/// </summary>
public static class GatewayRoutes
{
    public const string PublicRateLimitPolicy = "public";

    /// <summary>The web pages' own limit per client address (a page brings its styles and images along).</summary>
    public const string PagesRateLimitPolicy = "pages";

    public static readonly IReadOnlyList<(string Service, string Title)> Services =
    [
        (ResourceNames.PlansService, "Kế hoạch kiểm soát TTHC"),
        (ResourceNames.FeedbackService, "Phản ánh, kiến nghị"),
        (ResourceNames.CatalogService, "Thủ tục hành chính"),
        (ResourceNames.ReportingService, "Báo cáo"),
        (ResourceNames.IdentityService, "Tài khoản, đơn vị"),
    ];

    public static IReadOnlyList<RouteConfig> Routes(long publicMaxBodyBytes) =>
    [
        Api("plans-api", ResourceNames.PlansService, RoutePrefixes.Plans),
        Api("feedback-api", ResourceNames.FeedbackService, RoutePrefixes.Feedback),
        Api("procedures-api", ResourceNames.CatalogService, RoutePrefixes.Procedures),
        Api("reports-api", ResourceNames.ReportingService, RoutePrefixes.Reports),
        Api("identity-api", ResourceNames.IdentityService, RoutePrefixes.Identity),
        Public("plans-public", ResourceNames.PlansService, RoutePrefixes.PublicPlans, publicMaxBodyBytes),
        Public("feedback-public", ResourceNames.FeedbackService, RoutePrefixes.PublicFeedback, publicMaxBodyBytes),
        Public("feedback-open311", ResourceNames.FeedbackService, RoutePrefixes.PublicOpen311, publicMaxBodyBytes),
        Public("procedures-public", ResourceNames.CatalogService, RoutePrefixes.PublicProcedures, publicMaxBodyBytes),
        Public("reports-public", ResourceNames.ReportingService, RoutePrefixes.PublicReports, publicMaxBodyBytes),
        // Sign-in and tokens: anonymous by nature, so rate-limited like the public surface.
        Public("identity-connect", ResourceNames.IdentityService, RoutePrefixes.Connect, publicMaxBodyBytes),
        Public("identity-account", ResourceNames.IdentityService, RoutePrefixes.Account, publicMaxBodyBytes),
        Public("identity-well-known", ResourceNames.IdentityService, RoutePrefixes.WellKnown, publicMaxBodyBytes),
        .. Services.Select(s => OpenApiDocument(s.Service)),
        WebPages(),
    ];

    public static IReadOnlyList<ClusterConfig> Clusters() =>
        Services.Select(s => s.Service).Append(ResourceNames.Web).Select(service => new ClusterConfig
        {
            ClusterId = service,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                ["primary"] = new() { Address = $"http://{service}" },
            },
        }).ToList();

    public static string OpenApiPath(string service) => $"/openapi/{service}/v1.json";

    private static RouteConfig Api(string id, string cluster, string prefix) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        Match = new RouteMatch { Path = prefix + "/{**rest}" },
    };

    private static RouteConfig Public(string id, string cluster, string prefix, long maxBodyBytes) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        Match = new RouteMatch { Path = prefix + "/{**rest}" },
        RateLimiterPolicy = PublicRateLimitPolicy,
        MaxRequestBodySize = maxBodyBytes,
    };

    /// <summary>
    /// Everything else is a web page (citizens' pages, staff pages, their static files): the catch-all, tried last.
    /// The web project forwards what citizens post to the services itself and limits it per address.
    /// </summary>
    private static RouteConfig WebPages() => new()
    {
        RouteId = "web-pages",
        ClusterId = ResourceNames.Web,
        Match = new RouteMatch { Path = "/{**rest}" },
        Order = int.MaxValue,
        RateLimiterPolicy = PagesRateLimitPolicy,
    };

    private static RouteConfig OpenApiDocument(string service) => new()
    {
        RouteId = $"{service}-openapi",
        ClusterId = service,
        Match = new RouteMatch { Path = OpenApiPath(service), Methods = ["GET"] },
        Transforms = [new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" }],
    };
}
