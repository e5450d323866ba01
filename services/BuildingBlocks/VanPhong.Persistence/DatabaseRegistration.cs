using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VanPhong.Persistence;

/// <summary>The database engines a service can run on. SQL Server in production; SQLite as the embedded default.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers the service's database. <c>Database:Provider</c> (Sqlite by default, or SqlServer) picks the
    /// engine and with it the context subclass whose migrations apply; <c>ConnectionStrings:&lt;name&gt;</c> says where.
    /// Interceptors registered as <see cref="IInterceptor"/> (versions, the outbox's, the audit log's) are added to every
    /// context; a stale write of a versioned aggregate answers 409; periodic jobs lease their runs in this database.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqlite, TSqlServer>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        var provider = ProviderOf(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        // Versioned aggregates: the version rises with every write, a stale one answers 409.
        builder.Services.AddSingleton<IInterceptor, VersionInterceptor>();
        builder.Services.AddExceptionHandler<StaleWriteExceptionHandler>();
        // Periodic jobs run once per due time across replicas, leased in this database.
        builder.Services.AddScoped<VanPhong.Calendar.IJobLease, DbJobLease<TContext>>();
        builder.Services.AddSingleton<SchemaMigration<TContext>>();
        if (provider == DatabaseProvider.SqlServer)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException($"Database:Provider is SqlServer but ConnectionStrings:{connectionName} is not set.");
            }

            // EF Core writes SQL for SQL Server 2022 (compatibility level 160) unless told the server's level is lower.
            var compatibilityLevel = builder.Configuration.GetValue<int?>("Database:SqlServerCompatibilityLevel");
            builder.Services.AddDbContext<TContext, TSqlServer>((services, options) => options
                .UseSqlServer(connectionString, sql =>
                {
                    sql.EnableRetryOnFailure();
                    if (compatibilityLevel is { } level)
                    {
                        sql.UseCompatibilityLevel(level);
                    }
                })
                .AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else
        {
            connectionString ??= $"Data Source={connectionName}.db";
            // FULL (the default) makes every commit durable across a power cut; NORMAL, with WAL, only across a crash of the process.
            var synchronous = builder.Configuration["Database:SqliteSynchronous"] is "NORMAL" or "normal" ? "NORMAL" : "FULL";
            var settings = new SqliteConnectionSettings(synchronous, builder.Configuration.GetValue("Database:SqliteCacheKiB", 16384));
            builder.Services.AddDbContext<TContext, TSqlite>((services, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(services.GetServices<IInterceptor>())
                .AddInterceptors(settings));
        }

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(connectionName);
        return builder;
    }

    public static DatabaseProvider ProviderOf(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    /// <summary>
    /// Brings the schema up to date before the service takes traffic: always in Development and for SQLite
    /// (the embedded default has no one else to do it), otherwise only when <c>Database:MigrateOnStartup</c> is true;
    /// production SQL Server is migrated by a script the operator applies. A SQL Server that does not answer at start
    /// does not stop the service: it starts unhealthy and migrates once the server answers (<see cref="SchemaMigration{TContext}"/>).
    /// </summary>
    public static async Task MigrateDatabaseAsync<TContext>(this IHost host)
        where TContext : DbContext
    {
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var environment = host.Services.GetRequiredService<IHostEnvironment>();
        var provider = ProviderOf(configuration);
        var migrate = configuration.GetValue<bool?>("Database:MigrateOnStartup")
            ?? (environment.IsDevelopment() || provider == DatabaseProvider.Sqlite);
        if (!migrate)
        {
            return;
        }

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteDirectory(db);
        }
        else if (!await SchemaMigrationRetry.ServerAnswersAsync(db))
        {
            // The server is away (restarting, failing over): wait for it in the background rather than exit. A server
            // that answers but refuses a migration still stops the start below, loudly.
            SchemaMigrationRetry.Start<TContext>(host);
            return;
        }

        await db.Database.MigrateAsync();
        if (provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers (queries, the outbox dispatcher) proceed while a writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("VanPhong.Persistence")
            .LogInformation("Database {Database} is at the latest migration ({Provider})", typeof(TContext).Name, provider);
    }

    private static void EnsureSqliteDirectory(DbContext db)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}

/// <summary>Healthy when the database answers and its migrations, if the service applies them, are applied.</summary>
public sealed class DatabaseHealthCheck<TContext>(TContext db, SchemaMigration<TContext> schema) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        schema.Pending ? HealthCheckResult.Unhealthy($"{typeof(TContext).Name}: its migrations are not applied yet (waiting for the server)")
        : !await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Unhealthy($"{typeof(TContext).Name} does not answer")
        : HealthCheckResult.Healthy();
}
