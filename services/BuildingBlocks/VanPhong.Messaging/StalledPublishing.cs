using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VanPhong.Messaging;

/// <summary>
/// Restarts the bus when the broker answers but has stopped confirming this process's publishes.
/// <para>
/// Seen on a RabbitMQ 3.10 cluster: after the node holding the quorum queues' leaders is killed, MassTransit fails
/// over to a surviving node within a second or two, but the channel it opens there while the queue records still name
/// the dead leaders never gets a confirmation (each publish times out) or is refused, long after every queue has a new
/// leader (rabbitmq-server#9241: a channel's quorum-queue client starts from the leader in a stale queue record).
/// Without help the events waited until the dead node came back. A new channel, opened once the records name the new
/// leaders, publishes at once: restarting the bus (a fraction of a second when no consumer is busy; consumers stop,
/// their unacknowledged messages go back to the queue and the inbox drops any repeat) opens one.
/// </para>
/// It acts only when the bus is not unhealthy — its endpoints are connected, so the broker answers — and the rounds of
/// the last <see cref="OutboxOptions.RestartStalledBusAfter"/> confirmed nothing (<see cref="StallWatch"/>); never twice
/// within <see cref="OutboxOptions.RestartStalledBusInterval"/>. A broker that is down makes the bus unhealthy: that is
/// an outage, waited out, not restarted. A restart whose start fails is retried, by the dispatcher that found the stall (its rounds wait), until the bus runs.
/// </summary>
public sealed class StalledPublishing(IBusControl bus, IOptions<OutboxOptions> options, ILogger<StalledPublishing> logger)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);
    private readonly OutboxOptions _options = options.Value;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StallWatch _watch = new(options.Value.RestartStalledBusAfter, options.Value.RestartStalledBusInterval,
        options.Value.RestartStalledBusAfter + options.Value.MaxRetryDelay);

    private int _restarts;

    /// <summary>How many times this process restarted its bus.</summary>
    public int Restarts => Volatile.Read(ref _restarts);

    /// <summary>A round had its publishes confirmed: the broker takes this process's events.</summary>
    public void Confirmed()
    {
        lock (_watch)
        {
            _watch.Confirmed();
        }
    }

    /// <summary>A round that began at <paramref name="roundStartedAt"/> confirmed nothing; restarts the bus once the rule above says so.</summary>
    public async Task StalledAsync(DateTimeOffset roundStartedAt, CancellationToken stoppingToken)
    {
        if (_options.RestartStalledBusAfter <= TimeSpan.Zero || stoppingToken.IsCancellationRequested)
        {
            return;
        }

        TimeSpan? stalledFor;
        lock (_watch)
        {
            stalledFor = _watch.Stalled(roundStartedAt, DateTimeOffset.UtcNow, bus.CheckHealth().Status != BusHealthStatus.Unhealthy);
        }

        if (stalledFor is null || !await _gate.WaitAsync(0, stoppingToken))
        {
            return;
        }

        try
        {
            logger.LogWarning("The broker answers but has confirmed none of this process's publishes for {Stalled:0.0} s; the bus is restarted for a new channel (RabbitMQ 3.10 quorum-queue failover, rabbitmq-server#9241)",
                stalledFor.Value.TotalSeconds);
            Interlocked.Increment(ref _restarts);
            MessagingTelemetry.BusRestarts.Add(1);
            try
            {
                // Not cancelled by the host's stop: a stop cut short leaves MassTransit's endpoints half stopped.
                using var timeout = new CancellationTokenSource(StepTimeout);
                await bus.StopAsync(timeout.Token).WaitAsync(StepTimeout + TimeSpan.FromSeconds(5), CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Stopping the stalled bus failed; it is started again all the same");
            }

            // The host is stopping: it stops the bus itself, nothing to start.
            if (!stoppingToken.IsCancellationRequested)
            {
                await StartUntilRunningAsync(stoppingToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Starts the bus, again and again with a growing pause, until it runs or the host stops.</summary>
    private async Task StartUntilRunningAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(StepTimeout);
                await bus.StartAsync(timeout.Token).WaitAsync(StepTimeout + TimeSpan.FromSeconds(5), stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Starting the bus again failed (attempt {Attempt}); trying again", attempt);
                try
                {
                    await Task.Delay(Persistence.Backoff.Exponential(TimeSpan.FromSeconds(1), attempt, TimeSpan.FromSeconds(30)), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}

/// <summary>The rule of <see cref="StalledPublishing"/>, apart from the bus: when a run of failed rounds calls for a restart.</summary>
/// <param name="restartAfter">How long nothing may be confirmed while the broker answers.</param>
/// <param name="minimumInterval">The least time between two restarts.</param>
/// <param name="maximumGap">Failed rounds further apart than this are not one stall (the outbox was idle between them).</param>
public sealed class StallWatch(TimeSpan restartAfter, TimeSpan minimumInterval, TimeSpan maximumGap)
{
    private DateTimeOffset? _stalledSince;
    private DateTimeOffset? _lastStalledRound;
    private DateTimeOffset? _lastRestart;
    private bool _afterOutage;

    public void Confirmed() => _stalledSince = null;

    /// <summary>
    /// Records a round that began at <paramref name="roundStartedAt"/> and confirmed nothing. Returns how long nothing
    /// has been confirmed when the bus should be restarted now — the stall has lasted <c>restartAfter</c>, the broker
    /// answers, the last restart is at least <c>minimumInterval</c> ago — and null otherwise.
    /// </summary>
    public TimeSpan? Stalled(DateTimeOffset roundStartedAt, DateTimeOffset now, bool brokerAnswers)
    {
        var previous = _lastStalledRound;
        _lastStalledRound = now;
        if (!brokerAnswers)
        {
            // An outage: waited out, not restarted. The stall counts again from the broker's return.
            _stalledSince = null;
            _afterOutage = true;
            return null;
        }

        if (previous is { } last && roundStartedAt - last > maximumGap)
        {
            _stalledSince = null;
        }

        // The round's publishes waited up to their timeout: the stall began when the round did — unless the round began
        // during an outage, whose time is not the broker's silence.
        _stalledSince ??= _afterOutage ? now : roundStartedAt;
        _afterOutage = false;
        var stalledFor = now - _stalledSince.Value;
        if (stalledFor < restartAfter || now - _lastRestart < minimumInterval)
        {
            return null;
        }

        _lastRestart = now;
        _stalledSince = null;
        return stalledFor;
    }
}
