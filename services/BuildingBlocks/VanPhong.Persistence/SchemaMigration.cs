using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VanPhong.Persistence;

/// <summary>
/// Whether a service that migrates at start-up still waits to apply its migrations. Set when SQL Server did not answer
/// at start: the service then runs (so /alive answers and an orchestrator does not restart it in a loop), reports
/// unhealthy (so it gets no traffic), and applies the migrations as soon as the server answers.
/// </summary>
public sealed class SchemaMigration<TContext>
    where TContext : DbContext
{
    private volatile bool _pending;

    public bool Pending => _pending;

    internal void Wait() => _pending = true;

    internal void Done() => _pending = false;
}

internal static class SchemaMigrationRetry
{
    /// <summary>
    /// Whether the SQL Server answers at all, asked of its master database: the service's own database may not exist
    /// yet (the first migration creates it), and EF Core's connection check would wait out its retry strategy.
    /// </summary>
    public static async Task<bool> ServerAnswersAsync(DbContext db, CancellationToken ct = default)
    {
        var server = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(db.Database.GetConnectionString()) { InitialCatalog = "master" };
        await using var connection = new Microsoft.Data.SqlClient.SqlConnection(server.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return true;
        }
        catch (Microsoft.Data.SqlClient.SqlException ex) when (ex.Number is 18456 or 4060 or 916)
        {
            // The server answered and refused the login or master (a contained user, a locked-down master): it is
            // there, so the migration itself runs and says what is wrong, instead of waiting for ever.
            return true;
        }
        catch (Microsoft.Data.SqlClient.SqlException)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies the migrations in the background once the server answers: tried again after 2 s, doubling to at most
    /// <c>Database:MigrateRetryMaxDelay</c> (30 s), until it succeeds or the host stops. A migration that fails on a
    /// server that answers stops the service, as it would have at start-up: retrying would repeat it, and a service
    /// that stays alive but unhealthy for ever is one nobody restarts or notices.
    /// </summary>
    public static void Start<TContext>(IHost host)
        where TContext : DbContext
    {
        var services = host.Services;
        var state = services.GetRequiredService<SchemaMigration<TContext>>();
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("VanPhong.Persistence");
        var maxDelay = services.GetRequiredService<IConfiguration>().GetValue("Database:MigrateRetryMaxDelay", TimeSpan.FromSeconds(30));
        var name = typeof(TContext).Name;
        state.Wait();
        log.LogWarning("Database {Database} does not answer: the service starts unhealthy and applies its migrations when it does", name);
        _ = BackgroundRetry.RunAsync(lifetime.ApplicationStopping, TimeSpan.FromSeconds(2), maxDelay, async next =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            if (!await ServerAnswersAsync(db, lifetime.ApplicationStopping))
            {
                log.LogWarning("Database {Database} still does not answer: its migrations are tried again in {Delay}", name, next);
                return false;
            }

            await db.Database.MigrateAsync(lifetime.ApplicationStopping);
            state.Done();
            log.LogInformation("Database {Database} answers again and is at the latest migration", name);
            return true;
        }, ex =>
        {
            log.LogCritical(ex, "Applying the migrations of {Database} failed on a server that answers: the service stops", name);
            lifetime.StopApplication();
        });
    }
}
