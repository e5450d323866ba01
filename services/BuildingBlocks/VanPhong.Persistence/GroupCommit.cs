using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VanPhong.Persistence;

/// <summary>
/// Group commit: writes that arrive together share one transaction, and so one wait for the disk. Each caller's
/// write runs in the order it arrived, in a scope of its own batch's unit of work; the caller's task completes only
/// once the batch is committed (durable, with its outbox rows), so an answer given after it still means "stored".
/// <list type="bullet">
/// <item>Why: on SQLite every commit waits for the disk and writers take turns on one lock; concurrent writers that
/// find it taken sleep in SQLite's busy handler (1, 2, 5, 10 … ms), so under load most of a request's time was spent
/// asleep. One writer per process that takes whatever is queued removes the waiting and shares the sync.</item>
/// <item>A write that fails takes only itself down: a failed batch is run again one write at a time, so the others
/// are stored and the failing caller gets its own exception (a unique key, a stale version …).</item>
/// <item>A write may run more than once (that retry, or the provider's execution strategy): it only adds to the unit
/// of work it is given and keeps no state of its own between runs.</item>
/// <item>Each write runs inside its caller's trace (the outbox rows it adds carry the request's trace), and the commit
/// is a span of the first caller's trace, linked to the others.</item>
/// </list>
/// Replicas of a service each group their own writes; between processes SQLite's lock still decides.
/// </summary>
public sealed class GroupCommit<TDb>(IServiceScopeFactory scopes, ILogger<GroupCommit<TDb>> logger, IConfiguration configuration) : BackgroundService
    where TDb : DbContext
{
    private static readonly ActivitySource Source = new("VanPhong.Persistence");

    /// <summary>At most this many writes share a transaction (bounds the transaction's size and the lock's hold).</summary>
    public const int MaxBatch = 128;

    private readonly bool _enabled = configuration.GetValue("Database:GroupCommit", true);

    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// Runs <paramref name="write"/> in a shared transaction and returns its result once the transaction is committed.
    /// The write gets the batch's services (its <typeparamref name="TDb"/> and anything scoped that uses it).
    /// </summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> write)
    {
        var queued = new Write(async services => await write(services), Activity.Current);
        if (!_enabled)
        {
            // Database:GroupCommit=false: each write in a transaction of its own, at once (for comparison).
            return (T)(await CommitTogetherAsync([queued]))[0]!;
        }

        if (!_queue.Writer.TryWrite(queued))
        {
            // The writer has stopped (the host is shutting down, the bus may still deliver) or failed: the write is
            // committed on its own rather than refused, so a consumer's message is not dead-lettered for it.
            return (T)(await CommitTogetherAsync([queued]))[0]!;
        }

        return (T)(await queued.Done.Task)!;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // What was queued before the stop is still written; nothing new is taken.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var batch = new List<Write>(MaxBatch);
        try
        {
            while (await reader.WaitToReadAsync(CancellationToken.None))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && reader.TryRead(out var write))
                {
                    batch.Add(write);
                }

                await CommitAsync(batch);
            }
        }
        catch (Exception ex)
        {
            // Never a silent stop: whatever was taken or is still queued fails with the cause, and later writes are
            // committed one by one by their callers (RunAsync finds the queue closed).
            logger.LogError(ex, "The group commit of {Database} stopped; writes are committed one by one from now on", typeof(TDb).Name);
            _queue.Writer.TryComplete(ex);
            foreach (var write in batch)
            {
                write.Done.TrySetException(ex);
            }

            while (reader.TryRead(out var left))
            {
                left.Done.TrySetException(ex);
            }
        }
    }

    private async Task CommitAsync(List<Write> batch)
    {
        try
        {
            var results = await CommitTogetherAsync(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }

            return;
        }
        catch (Exception ex) when (batch.Count > 1 && !IsTransient(ex))
        {
            logger.LogDebug(ex, "A group of {Count} writes failed; each is written on its own", batch.Count);
        }
        catch (Exception ex)
        {
            // One write, or a failure that is nobody's own (the database busy or away): writing each again would only
            // wait out the same lock once per write. Every caller gets it; consumers retry, clients are told.
            foreach (var write in batch)
            {
                write.Done.TrySetException(ex);
            }

            return;
        }

        foreach (var write in batch)
        {
            try
            {
                write.Done.TrySetResult((await CommitTogetherAsync([write]))[0]);
            }
            catch (Exception ex)
            {
                write.Done.TrySetException(ex);
            }
        }
    }

    private async Task<object?[]> CommitTogetherAsync(IReadOnlyList<Write> writes)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        // No savepoint around each write's save (EF Core makes one by default inside a transaction begun by the caller:
        // two more statements a write). A write that fails fails its whole batch, which is rolled back and run again
        // one write at a time; nothing of a failed save is ever committed, so there is nothing to roll back to.
        db.Database.AutoSavepointsEnabled = false;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var results = new object?[writes.Count];
            using var commit = Source.StartActivity(
                "group commit", ActivityKind.Internal, writes[0].Caller?.Context ?? default,
                links: writes.Skip(1).Where(w => w.Caller is not null).Select(w => new ActivityLink(w.Caller!.Context)));
            commit?.SetTag("vanphong.group_commit.writes", writes.Count);
            commit?.SetTag("vanphong.group_commit.database", typeof(TDb).Name);
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            for (var i = 0; i < writes.Count; i++)
            {
                Activity.Current = writes[i].Caller;
                try
                {
                    results[i] = await writes[i].Run(scope.ServiceProvider);
                    // Saved (not committed) after each write: the next one reads what this one did, as it would have
                    // after a commit of its own (a row it added is found by a query, not only by Find).
                    await db.SaveChangesAsync(CancellationToken.None);
                    // And forgotten: the next write reads it from the transaction, and every later save's change
                    // detection scans only that write's entities, not the whole group's (quadratic in the group).
                    db.ChangeTracker.Clear();
                }
                finally
                {
                    Activity.Current = commit;
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
            return results;
        });
    }

    /// <summary>The database's own trouble (busy, locked, a timeout, a dropped connection), not a write's fault.</summary>
    private static bool IsTransient(Exception ex) =>
        ex.GetBaseException() is TimeoutException or System.Data.Common.DbException { IsTransient: true }
            or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }; // SQLITE_BUSY, SQLITE_LOCKED

    private sealed record Write(Func<IServiceProvider, Task<object?>> Run, Activity? Caller)
    {
        public TaskCompletionSource<object?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

public static class GroupCommitRegistration
{
    /// <summary>Registers the group commit of <typeparamref name="TDb"/> (one writer per process).</summary>
    public static IServiceCollection AddGroupCommit<TDb>(this IServiceCollection services)
        where TDb : DbContext
    {
        services.AddSingleton<GroupCommit<TDb>>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupCommit<TDb>>());
        return services;
    }
}
