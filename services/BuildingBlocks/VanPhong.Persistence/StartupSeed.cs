using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VanPhong.Calendar;

namespace VanPhong.Persistence;

/// <summary>
/// What a service writes into its database at start-up (the 2023 plan, the sample catalog, the answer templates, the
/// roles, units and first administrator), one replica at a time. When the database answers, the seed runs before the
/// service takes traffic, as it always did. When it does not (SQL Server not up yet, failing over, the schema not
/// applied yet), the service starts anyway — /health reports the database, so no traffic comes — and the seed runs as
/// soon as the database answers, instead of the start failing and the pod restarting in a loop.
/// </summary>
public static class StartupSeed
{
    public static async Task SeedAtStartupAsync(this IServiceScopeFactory scopes, string job, Func<IServiceProvider, CancellationToken, Task> seed, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            try
            {
                await RunAsync(scope.ServiceProvider, job, seed, cancellationToken);
                return;
            }
            catch (Exception ex) when (IsDatabaseUnavailable(ex))
            {
                Logger(scope.ServiceProvider).LogWarning(ex, "The database does not answer at start-up: {Job} runs once it does", job);
            }
        }

        _ = RetryInBackgroundAsync(scopes, job, seed);
    }

    private static async Task RetryInBackgroundAsync(IServiceScopeFactory scopes, string job, Func<IServiceProvider, CancellationToken, Task> seed)
    {
        await Task.Yield();
        CancellationToken stopping;
        ILogger logger;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            stopping = scope.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            logger = Logger(scope.ServiceProvider);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        await BackgroundRetry.RunAsync(stopping, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), async next =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider, job, seed, stopping);
                logger.LogInformation("The database answers again: {Job} done", job);
                return true;
            }
            catch (Exception ex) when (IsDatabaseUnavailable(ex) && !stopping.IsCancellationRequested)
            {
                logger.LogWarning("The database still does not answer ({Error}): {Job} is tried again in {Delay}", ex.GetBaseException().Message, job, next);
                return false;
            }
        },
        // A fault of the seed itself, not of the database: retrying would repeat it.
        ex => logger.LogError(ex, "{Job} failed", job));
    }

    private static Task RunAsync(IServiceProvider services, string job, Func<IServiceProvider, CancellationToken, Task> seed, CancellationToken cancellationToken) =>
        services.GetRequiredService<IJobLease>().RunExclusiveAsync(job, () => seed(services, cancellationToken), cancellationToken);

    private static bool IsDatabaseUnavailable(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            // A write the database received and refused (a unique key, a constraint) is the seed's own fault; only a
            // busy or locked database among those is the database's.
            if (e is DbUpdateException && ex.GetBaseException() is not (DbException { IsTransient: true } or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }))
            {
                return false;
            }

            if (e is DbException or RetryLimitExceededException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private static ILogger Logger(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger("VanPhong.Persistence.StartupSeed");
}
