using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VanPhong.Topology;

namespace VanPhong.Fuzz;

/// <summary>
/// The whole system as the run command starts it — the real app host, one replica of everything, on loopback — on a
/// throw-away state directory, with the per-address limits lifted (one client address sends everything, and a 429 is
/// not what is measured). Its SQLite files are read directly to count what a request stored.
/// </summary>
public sealed class FuzzSystem : IAsyncDisposable
{
    public const string AdminPassword = "Fuzz-Quan-Tri-2026!";

    private DistributedApplication _app = null!;

    private FuzzSystem(string state) => State = state;

    public string State { get; }

    public HttpClient Gateway { get; private set; } = null!;

    public static async Task<FuzzSystem> StartAsync(CancellationToken ct)
    {
        var system = new FuzzSystem(Path.Combine(Path.GetTempPath(), "vanphong-fuzz-" + Guid.NewGuid().ToString("N")[..8]));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanPhong_AppHost>(
        [
            $"StateDirectory={system.State}",
            "Messaging:Management=false",
            "Replicas=1",
            $"Parameters:admin-password={AdminPassword}",
            "Gateway:PublicSurface:PermitsPerWindow=100000000",
            "Gateway:PublicSurface:PagePermitsPerWindow=100000000",
        ], ct);
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("Aspire.Hosting", LogLevel.Error)
            .AddFilter("VanPhong.AppHost.Resources", LogLevel.None)
            .AddFilter("System.Net.Http", LogLevel.None));
        system._app = await builder.BuildAsync(ct);
        await system._app.StartAsync(ct);
        using var ready = CancellationTokenSource.CreateLinkedTokenSource(ct);
        ready.CancelAfter(TimeSpan.FromMinutes(5));
        foreach (var resource in new[] { ResourceNames.PlansService, ResourceNames.FeedbackService, ResourceNames.CatalogService, ResourceNames.ReportingService, ResourceNames.IdentityService, ResourceNames.Gateway })
        {
            await system._app.ResourceNotifications.WaitForResourceHealthyAsync(resource, ready.Token);
        }

        system.Gateway = system._app.CreateHttpClient(ResourceNames.Gateway);
        system.Gateway.Timeout = TimeSpan.FromSeconds(30);
        return system;
    }

    /// <summary>Rows in a table of a service's database, read as the service wrote them.</summary>
    public long Count(string database, string table)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(State, database + ".db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(State, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
