using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VanPhong.Messaging;

public sealed class OutboxOptions
{
    /// <summary>How often the dispatcher looks for rows when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one publish may wait for the broker's confirmation.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First wait after a failed publish; doubles on each failure in a row, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    public int BatchSize { get; set; } = 200;
}

/// <summary>
/// Publishes the outbox rows of one service through MassTransit, oldest first, with MessageId = row id.
/// A row is marked sent only after the broker confirmed the publish (publisher confirms). While the broker is
/// unreachable the rows stay and the dispatcher retries with a growing delay; nothing is dropped. Several
/// instances of a service may publish a row twice; consumers deduplicate through their inbox.
/// Waits use real time; the injected clock only stamps rows, so a test clock never stalls delivery.
/// </summary>
public sealed class OutboxDispatcher<TDb>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TDb>> logger) : BackgroundService
    where TDb : DbContext
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failuresInARow = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            DispatchResult result;
            try
            {
                result = await DispatchBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
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
                if (result == DispatchResult.Failed)
                {
                    failuresInARow++;
                    await Task.Delay(RetryDelay(failuresInARow), stoppingToken);
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

    private TimeSpan RetryDelay(int failuresInARow)
    {
        var factor = Math.Pow(2, Math.Min(failuresInARow - 1, 10));
        var delay = TimeSpan.FromMilliseconds(_options.RetryDelay.TotalMilliseconds * factor);
        return delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
    }

    private enum DispatchResult
    {
        Drained,
        MoreWaiting,
        Failed,
    }

    private async Task<DispatchResult> DispatchBatchAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var rows = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null)
            .OrderBy(m => m.OccurredAt)
            .Take(_options.BatchSize)
            .ToListAsync(stoppingToken);
        if (rows.Count == 0)
        {
            return DispatchResult.Drained;
        }

        var failed = false;
        foreach (var row in rows)
        {
            try
            {
                await PublishAsync(row, stoppingToken);
                row.SentAt = clock.GetUtcNow().UtcDateTime;
                row.LastError = null;
                MessagingTelemetry.Published.Add(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                row.Attempts++;
                row.LastError = Truncate(ex.Message, 1000);
                MessagingTelemetry.PublishFailures.Add(1);
                logger.LogWarning(ex, "Publishing outbox row {OutboxId} ({Type}) failed on attempt {Attempt}; it stays in the outbox", row.Id, row.Type, row.Attempts);
                failed = true;

                // The broker is most likely down: stop here and keep the order of the remaining rows.
                break;
            }
        }

        // Whatever was confirmed is recorded even when the round is cancelled or failed halfway.
        await db.SaveChangesAsync(CancellationToken.None);
        if (failed)
        {
            return DispatchResult.Failed;
        }

        return rows.Count == _options.BatchSize ? DispatchResult.MoreWaiting : DispatchResult.Drained;
    }

    private async Task PublishAsync(OutboxMessage row, CancellationToken stoppingToken)
    {
        var message = ContractTypes.Deserialize(row);
        using var activity = StartActivity(row);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
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

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
