using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>
/// One service in its real HTTP pipeline, on its own SQLite file, connected to a real broker. On the shared broker a
/// platform gives all its hosts one Messaging:Prefix, as a deployment has one topology; settings are passed with
/// UseSetting so the service's Program sees them while it builds.
/// </summary>
public sealed class ServiceHost<TMarker>(
    string databaseName,
    string brokerUri,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<TMarker>
    where TMarker : class
{
    public string StateDirectory { get; } = RepositoryPaths.NewStateDirectory(typeof(TMarker).Namespace!.Split('.').Last().ToLowerInvariant());

    public string DatabasePath => Path.Combine(StateDirectory, databaseName + ".db");

    /// <summary>Added to the SQLite connection string (a test that needs, say, a short busy timeout).</summary>
    public string? ConnectionOptions { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.AddProvider(TelemetryCapture.LoggerProvider));
        builder.UseSetting($"ConnectionStrings:{databaseName}", $"Data Source={DatabasePath}{(ConnectionOptions is null ? "" : ";" + ConnectionOptions)}");
        builder.UseSetting("ConnectionStrings:messaging", brokerUri);
        builder.UseSetting("Messaging:Outbox:PollInterval", "00:00:01");
        builder.UseSetting("Messaging:Outbox:MaxRetryDelay", "00:00:02");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Runs a query against the service's own database, as the service's code would.</summary>
    public async Task<T> QueryAsync<TDb, T>(Func<TDb, Task<T>> query)
        where TDb : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
