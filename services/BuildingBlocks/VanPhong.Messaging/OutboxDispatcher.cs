// Why one file: the dispatcher and the options that tune it (and the inbox retention beside them, one configuration
// section); each rule of the dispatch — order per stream, claims, retry and parking — depends on the others.

using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VanPhong.Persistence;

namespace VanPhong.Messaging;

public sealed class OutboxOptions
{
    /// <summary>How often the dispatcher looks for rows when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one publish may wait for the broker's confirmation.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First wait after a failed round; doubles on each failure in a row, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    public int BatchSize { get; set; } = 200;

    /// <summary>How many streams of a round are published at once (each waits for the broker's confirmation).</summary>
    public int PublishConcurrency { get; set; } = 32;

    /// <summary>
    /// Rows waiting to be published above which an intake that feeds this outbox waits for the dispatcher
    /// (<see cref="OutboxPressure{TDb}"/>); 0 turns the back-pressure off. At some 900 rows a second, 500 is about half
    /// a second of propagation.
    /// </summary>
    public int IntakeBacklogLimit { get; set; } = 500;

    /// <summary>The longest an intake waits for the backlog to come down before it is stored anyway.</summary>
    public TimeSpan IntakeMaxWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long the broker may answer while confirming none of this process's (replica's) publishes before its bus is
    /// restarted for a new channel (<see cref="StalledPublishing"/>); zero never restarts it. With the defaults one round
    /// whose publishes all waited out <see cref="PublishTimeout"/> is enough.
    /// </summary>
    public TimeSpan RestartStalledBusAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The least time between two such restarts.</summary>
    public TimeSpan RestartStalledBusInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Failures of a row's own (it cannot be read, or the broker refuses it while taking others) before it is parked.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a round holds the rows it took; a replica that dies mid-round frees them after this.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long published rows are kept: long enough for a consumer restored from a backup to ask for them again
    /// (<see cref="ReplayRequestedConsumer{TDb}"/>) — a month of daily backups and a few days to notice. Inbox rows must
    /// be kept longer (<see cref="InboxOptions.Retention"/>), or a re-sent event could be applied twice.
    /// </summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(35);

    /// <summary>How often sent outbox rows and old inbox rows are purged, and the outbox gauges refreshed.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromMinutes(1);
}

public sealed class InboxOptions
{
    /// <summary>How long an applied message is remembered: longer than any redelivery, re-drive or catch-up window.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(45);
}

/// <summary>
/// Publishes the outbox rows of one service through MassTransit with MessageId = row id, and marks a row sent only
/// after the broker confirmed it (publisher confirms).
/// <list type="bullet">
/// <item>Order is kept per stream (<see cref="EventStreams"/>): a row waits while an earlier row of its stream is
/// being retried; rows of other streams go on.</item>
/// <item>A row that fails by its own fault (unreadable payload, unknown contract, refused while the broker takes
/// other rows) is retried with a growing delay and parked after <see cref="OutboxOptions.MaxAttempts"/>; it never
/// blocks the rows after it. A broker outage is nobody's fault: the round stops and waits, nothing is parked.</item>
/// <item>Several replicas share one outbox: a round claims its rows for <see cref="OutboxOptions.ClaimTimeout"/>,
/// and a stream held by one replica is left alone by the others.</item>
/// </list>
/// Waits and claims use real time; the injected clock only stamps rows, so a test clock never stalls delivery.
/// </summary>
public sealed class OutboxDispatcher<TDb>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    OutboxPressure<TDb> pressure,
    StalledPublishing stalled,
    TopologyDeployer topology,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TDb>> logger) : BackgroundService
    where TDb : DbContext
{
    private readonly OutboxOptions _options = options.Value;
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>
    /// Cancelled only when the host's shutdown timeout (HostOptions.ShutdownTimeout) runs out. A stop (SIGTERM) lets a
    /// round that has begun finish: its rows are published and recorded instead of waiting for another replica or a
    /// restart; no new round begins.
    /// </summary>
    private readonly CancellationTokenSource _abandon = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var timeoutReached = cancellationToken.Register(_abandon.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Nothing leaves before every consumer's queue exists.
            await topology.Ready.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var failuresInARow = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            DispatchResult result;
            var roundStartedAt = DateTimeOffset.UtcNow;
            try
            {
                result = await DispatchBatchAsync();
            }
            catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox round failed before publishing (database unavailable?)");
                result = DispatchResult.Failed;
            }

            try
            {
                if (result == DispatchResult.Stalled)
                {
                    await stalled.StalledAsync(roundStartedAt, stoppingToken);
                }

                if (result is DispatchResult.Failed or DispatchResult.Stalled)
                {
                    failuresInARow++;
                    await Task.Delay(Backoff.Exponential(_options.RetryDelay, failuresInARow, _options.MaxRetryDelay), stoppingToken);
                    continue;
                }

                failuresInARow = 0;
                if (result == DispatchResult.MoreWaiting)
                {
                    continue;
                }

                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private enum DispatchResult
    {
        Drained,
        MoreWaiting,

        /// <summary>The round could not read or claim its rows.</summary>
        Failed,

        /// <summary>
        /// The broker confirmed none of the round's publishes, which timed out or were refused for two rows or more:
        /// it is unavailable, or answers without confirming (<see cref="StalledPublishing"/> tells which).
        /// </summary>
        Stalled,
    }

    /// <summary>One round: once begun (its rows claimed), it runs to its end unless the host's shutdown timeout runs out.</summary>
    private async Task<DispatchResult> DispatchBatchAsync()
    {
        var abandon = _abandon.Token;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var now = DateTime.UtcNow;
        var (token, rows) = await ClaimAsync(db, now, abandon);
        if (rows.Count == 0)
        {
            return DispatchResult.Drained;
        }

        // The streams of a round go out side by side (the broker confirms each publish; one at a time the round
        // waited a round trip per row and fell behind a steady load); inside a stream the rows go in order, and a
        // stream stops at its first failure so nothing overtakes the row that failed.
        var failures = new System.Collections.Concurrent.ConcurrentQueue<(OutboxMessage Row, Exception Error)>();
        var sent = new System.Collections.Concurrent.ConcurrentQueue<OutboxMessage>();
        var streams = rows.GroupBy(r => r.StreamKey).ToList();
        // A failure before anything was confirmed looks like an outage: the streams not started yet stay for the next
        // round instead of each waiting out its own publish timeout.
        using var roundStopped = new CancellationTokenSource();
        await Parallel.ForEachAsync(streams, new ParallelOptions { MaxDegreeOfParallelism = _options.PublishConcurrency, CancellationToken = CancellationToken.None }, async (stream, _) =>
        {
            foreach (var row in stream)
            {
                if (abandon.IsCancellationRequested || roundStopped.IsCancellationRequested)
                {
                    return;
                }

                object message;
                try
                {
                    message = ContractTypes.Deserialize(row);
                }
                catch (Exception ex) when (ex is UnknownContractException or System.Text.Json.JsonException or NotSupportedException or ArgumentException)
                {
                    failures.Enqueue((row, new UnreadableRowException(ex)));
                    return;
                }

                try
                {
                    await PublishAsync(row, message, abandon);
                    sent.Enqueue(row);
                    MessagingTelemetry.Published.Add(1);
                }
                catch (OperationCanceledException) when (abandon.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    MessagingTelemetry.PublishFailures.Add(1);
                    failures.Enqueue((row, ex));
                    if (sent.IsEmpty)
                    {
                        await roundStopped.CancelAsync();
                    }

                    return;
                }
            }
        });

        // The broker took other rows in this very round: a refusal is about the row. It took none: most likely it is
        // down, which is not the rows' fault — nothing is counted against them, they only step back so that the next
        // round starts with other streams (which tells an outage from a bad row).
        var outage = sent.IsEmpty && failures.Any(f => f.Error is not UnreadableRowException);
        foreach (var (row, error) in failures)
        {
            if (error is UnreadableRowException unreadable)
            {
                FailedByItself(row, unreadable.InnerException!, now);
            }
            else if (outage)
            {
                row.LastError = Truncate(error.Message, 1000);
                row.NextAttemptAt = now + _options.RetryDelay;
            }
            else
            {
                FailedByItself(row, error, now);
            }
        }

        if (outage)
        {
            var (first, firstError) = failures.First(f => f.Error is not UnreadableRowException);
            logger.LogWarning(firstError, "Publishing {Count} outbox rows failed (first {OutboxId}, {Type}); the broker looks unavailable, the round stops", failures.Count, first.Id, first.Type);
        }

        // Whatever was confirmed is recorded even when the round is cancelled or failed halfway. The confirmed rows are
        // marked sent by one statement (a round's 200 rows were 200 tracked updates, each a statement, every one behind
        // SQLite's write lock with the submissions); the rest — failed, parked, not reached — are released one by one.
        await MarkSentAsync(db, token, sent);
        if (!sent.IsEmpty)
        {
            pressure.Delivered();
            stalled.Confirmed();
        }

        foreach (var row in rows.Except(sent))
        {
            row.ClaimedBy = null;
            row.ClaimedUntil = null;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (outage)
        {
            // Nothing confirmed and a publish refused or timed out: the broker takes nothing from this process. A round
            // stops at its first failure, so with a trickle of events (one row a round, this Board's usual traffic) one
            // refusal is all a stalled channel ever shows: it counts. A row the broker refuses for itself while nothing
            // else is published restarts the bus at most once a RestartStalledBusInterval (StallWatch) until other rows
            // are confirmed beside it; a bus restart costs a fraction of a second.
            return DispatchResult.Stalled;
        }

        return rows.Count == _options.BatchSize ? DispatchResult.MoreWaiting : DispatchResult.Drained;
    }

    /// <summary>Takes the oldest publishable rows for this round (<see cref="OutboxClaim"/>) and loads them.</summary>
    private async Task<(string Token, List<OutboxMessage> Rows)> ClaimAsync(TDb db, DateTime now, CancellationToken cancellationToken)
    {
        var token = _instance + ":" + Guid.NewGuid().ToString("N")[..8];
        var claimed = await OutboxClaim.TakeAsync(db, token, now, now + _options.ClaimTimeout, _options.BatchSize, cancellationToken);
        if (claimed == 0)
        {
            return (token, []);
        }

        return (token, await db.Set<OutboxMessage>().Where(m => m.ClaimedBy == token && m.SentAt == null)
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Records the round's confirmed rows as sent, at the round's end, in one statement: only rows this round still holds
    /// (its token), so a row another replica took over after this claim ran out is left to that replica's record.
    /// </summary>
    private async Task MarkSentAsync(TDb db, string token, IReadOnlyCollection<OutboxMessage> sent)
    {
        if (sent.Count == 0)
        {
            return;
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        var ids = sent.Select(r => r.Id).ToList();
        var marked = await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id) && m.ClaimedBy == token)
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.NextAttemptAt, (DateTime?)null)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        if (marked < ids.Count)
        {
            // The round outlived its claim and another round took those rows: they go out again (the consumers'
            // inbox drops the repeat) and that round records them. Said, since it means ClaimTimeout is too short.
            logger.LogWarning("{Lost} of {Confirmed} rows confirmed by this round were claimed by another round meanwhile (Messaging:Outbox:ClaimTimeout {Timeout}); that round records them",
                ids.Count - marked, ids.Count, _options.ClaimTimeout);
        }

        foreach (var row in sent)
        {
            // The tracked copies as the database now has them, so the save of the rest does not write them again.
            db.Entry(row).State = EntityState.Detached;
        }
    }

    private void FailedByItself(OutboxMessage row, Exception ex, DateTime now)
    {
        row.Attempts++;
        row.LastError = Truncate($"{ex.GetType().Name}: {ex.Message}", 1000);
        if (row.Attempts >= _options.MaxAttempts)
        {
            row.ParkedAt = now;
            row.NextAttemptAt = null;
            MessagingTelemetry.Parked.Add(1);
            logger.LogError(ex, "Outbox row {OutboxId} ({Type}) failed {Attempts} times and is parked; the rows after it go on. An administrator re-queues it after a fix",
                row.Id, row.Type, row.Attempts);
            return;
        }

        row.NextAttemptAt = now + Backoff.Exponential(_options.RetryDelay, row.Attempts, _options.MaxRetryDelay);
        logger.LogWarning(ex, "Outbox row {OutboxId} ({Type}) failed on attempt {Attempt}; its stream waits and is tried again", row.Id, row.Type, row.Attempts);
    }

    private async Task PublishAsync(OutboxMessage row, object message, CancellationToken abandon)
    {
        using var activity = StartActivity(row);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(abandon);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(message, message.GetType(), context => context.MessageId = row.Id, timeout.Token);
    }

    private static Activity? StartActivity(OutboxMessage row)
    {
        ActivityContext.TryParse(row.TraceParent, row.TraceState, out var parent);
        var activity = MessagingTelemetry.Source.StartActivity($"outbox publish {ShortName(row.Type)}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.Id);
        activity?.SetTag("vanphong.outbox.attempts", row.Attempts);
        return activity;
    }

    private static string ShortName(string typeName) => typeName[(typeName.LastIndexOf('.') + 1)..];

    /// <summary>A row that cannot be read back into its contract: its own fault, whatever the broker does.</summary>
    private sealed class UnreadableRowException(Exception inner) : Exception(inner.Message, inner);

    internal static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
