using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Plans.Data;
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

    /// <summary>
    /// A service set to apply its migrations at start-up (Database:MigrateOnStartup=true) whose SQL Server is away does
    /// not exit (a pod would be restarted in a loop with back-off): it starts, reports unhealthy, and migrates once the
    /// server answers.
    /// </summary>
    [Fact]
    public Task A_service_set_to_migrate_at_start_waits_for_its_SQL_Server_instead_of_exiting() =>
        StartAsync<VanPhong.Feedback.Marker>(ResourceNames.FeedbackDb, migrateOnStartup: true, started: services =>
            Assert.True(services.GetRequiredService<VanPhong.Persistence.SchemaMigration<VanPhong.Feedback.Data.FeedbackDb>>().Pending, "the migrations wait for the server"));

    private async Task StartAsync<TMarker>(string database, bool migrateOnStartup = false, Action<IServiceProvider>? started = null)
        where TMarker : class
    {
        var closed = ClosedPort();
        await using var host = new ServiceHost<TMarker>(database, $"amqp://guest:guest@127.0.0.1:{closed}", new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:MigrateOnStartup"] = migrateOnStartup ? "true" : "false",
            [$"ConnectionStrings:{database}"] = $"Server=tcp:127.0.0.1,{closed};Database=vanphong;User Id=vanphong;Password=x;Connect Timeout=2;TrustServerCertificate=true",
            ["Messaging:Prefix"] = "s" + Guid.NewGuid().ToString("N")[..8],
        });
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive", _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health", _ct)).StatusCode);
        started?.Invoke(host.Services);

        // Still there a while later: nothing it started in the background gave up and stopped the host.
        await Task.Delay(TimeSpan.FromSeconds(3), _ct);
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested, $"{typeof(TMarker).Namespace} stopped itself");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive", _ct)).StatusCode);
    }

    /// <summary>
    /// The seed waits for the database rather than being lost: the plan registry starts on a database another process
    /// holds locked (SQLite's form of "does not answer"), and the 2023 plan is there once the lock is released.
    /// </summary>
    [Fact]
    public async Task A_seed_that_could_not_run_at_start_runs_once_the_database_answers()
    {
        var state = RepositoryPaths.NewStateDirectory("seedwait");
        var database = $"Data Source={Path.Combine(state, "plans.db")};Default Timeout=1";
        var broker = $"amqp://guest:guest@127.0.0.1:{ClosedPort()}";
        try
        {
            // The schema first, without the plan.
            await using (var first = new ServiceHost<VanPhong.Plans.Marker>(ResourceNames.PlansDb, broker, new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{ResourceNames.PlansDb}"] = database,
                ["Plans:SeedOnEmpty"] = "false",
            }))
            {
                first.CreateClient();
            }

            using var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(state, "plans.db")};Pooling=False");
            await holder.OpenAsync(_ct);
            using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE";
                await begin.ExecuteNonQueryAsync(_ct);
            }

            await using var host = new ServiceHost<VanPhong.Plans.Marker>(ResourceNames.PlansDb, broker, new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{ResourceNames.PlansDb}"] = database,
                ["Database:MigrateOnStartup"] = "false",
            });
            var client = host.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive", _ct)).StatusCode);
            // Started, and the seed has not run: it could not write (WAL lets this read through the lock).
            Assert.Equal(0, await host.QueryAsync<PlansDb, int>(db => db.Plans.CountAsync(_ct)));

            await holder.CloseAsync();
            await Eventually.HoldsAsync(
                () => host.QueryAsync<PlansDb, int>(db => db.Plans.CountAsync(_ct)),
                n => n == 1, TimeSpan.FromSeconds(30), "the 2023 plan is seeded once the database answers");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(state, recursive: true);
        }
    }

    /// <summary>A local port nothing listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
