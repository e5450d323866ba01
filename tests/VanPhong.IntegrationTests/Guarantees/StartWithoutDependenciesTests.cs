using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>
/// A pod that starts before its SQL Server or the broker answers (a node restarted, the database failing over) keeps
/// running and reports unhealthy — /alive answers, /health does not pass, so Kubernetes holds traffic back without
/// restarting it — as the deployment runs it: SQL Server, the schema applied by the operator
/// (Database:MigrateOnStartup=false).
/// </summary>
public sealed class StartWithoutDependenciesTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public static TheoryData<string> Services => [ResourceNames.PlansService, ResourceNames.FeedbackService, ResourceNames.CatalogService, ResourceNames.ReportingService, ResourceNames.IdentityService];

    [Theory]
    [MemberData(nameof(Services))]
    public Task A_service_started_without_its_database_and_broker_waits_and_reports_unhealthy(string service) => service switch
    {
        ResourceNames.PlansService => StartAsync<VanPhong.Plans.Marker>(ResourceNames.PlansDb),
        ResourceNames.FeedbackService => StartAsync<VanPhong.Feedback.Marker>(ResourceNames.FeedbackDb),
        ResourceNames.CatalogService => StartAsync<VanPhong.Catalog.Marker>(ResourceNames.CatalogDb),
        ResourceNames.ReportingService => StartAsync<VanPhong.Reporting.Marker>(ResourceNames.ReportingDb),
        ResourceNames.IdentityService => StartAsync<VanPhong.Identity.Marker>(ResourceNames.IdentityDb),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private async Task StartAsync<TMarker>(string database)
        where TMarker : class
    {
        var closed = ClosedPort();
        await using var host = new ServiceHost<TMarker>(database, $"amqp://guest:guest@127.0.0.1:{closed}", new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:MigrateOnStartup"] = "false",
            [$"ConnectionStrings:{database}"] = $"Server=tcp:127.0.0.1,{closed};Database=vanphong;User Id=vanphong;Password=x;Connect Timeout=2;TrustServerCertificate=true",
            ["Messaging:Prefix"] = "s" + Guid.NewGuid().ToString("N")[..8],
        });
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive", _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health", _ct)).StatusCode);

        // Still there a while later: nothing it started in the background gave up and stopped the host.
        await Task.Delay(TimeSpan.FromSeconds(3), _ct);
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, $"{typeof(TMarker).Namespace} stopped itself");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive", _ct)).StatusCode);
    }

    /// <summary>A local port nothing listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
