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
/// leaders, publishes at once: restarting the bus (0.1 s; consumers stop, their unacknowledged messages go back to the
/// queue and the inbox drops any repeat) opens one.
/// </para>
/// It acts only when the bus itself is healthy — its consumers are connected, so the broker answers — and every round
/// for <see cref="OutboxOptions.RestartStalledBusAfter"/> confirmed nothing; never twice within
/// <see cref="OutboxOptions.RestartStalledBusInterval"/>. A broker that is down makes the bus unhealthy: that is an
/// outage, waited out, not restarted.
/// </summary>
public sealed class StalledPublishing(IBusControl bus, IOptions<OutboxOptions> options, ILogger<StalledPublishing> logger)
{
    private readonly OutboxOptions _options = options.Value;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StallWatch _watch = new(options.Value.RestartStalledBusAfter, options.Value.RestartStalledBusInterval);
    private bool _startFailed;

    /// <summary>A round had its publishes confirmed: the broker takes this process's events.</summary>
    public void Confirmed() => _watch.Confirmed();

    /// <summary>A round confirmed nothing while its publishes failed; restarts the bus once the rule above says so.</summary>
    public async Task StalledAsync(DateTimeOffset roundStartedAt, CancellationToken stoppingToken)
    {
        if (_options.RestartStalledBusAfter <= TimeSpan.Zero || stoppingToken.IsCancellationRequested)
        {
            return;
        }

        await _gate.WaitAsync(stoppingToken);
        try
        {
            var now = DateTimeOffset.UtcNow;
            if (_startFailed)
            {
                // A restart whose start failed leaves the bus stopped: it is started again before anything else.
                await StartAsync(stoppingToken);
                return;
            }

            var health = bus.CheckHealth();
            if (_watch.Stalled(roundStartedAt, now, health.Status == BusHealthStatus.Healthy) is not { } stalledFor)
            {
                return;
            }

            logger.LogWarning("The broker answers but has confirmed none of this process's publishes for {Stalled:0.0} s; the bus is restarted for a new channel (RabbitMQ 3.10 quorum-queue failover, rabbitmq-server#9241)",
                stalledFor.TotalSeconds);
            MessagingTelemetry.BusRestarts.Add(1);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            await bus.StopAsync(timeout.Token);
            await StartAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Restarting the stalled bus failed; the outbox keeps its rows and the next failed round tries again");
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task StartAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await bus.StartAsync(timeout.Token);
            _startFailed = false;
        }
        catch
        {
            _startFailed = true;
            throw;
        }
    }
}

/// <summary>The rule of <see cref="StalledPublishing"/>, apart from the bus: when a run of failed rounds calls for a restart.</summary>
public sealed class StallWatch(TimeSpan restartAfter, TimeSpan minimumInterval)
{
    private DateTimeOffset? _stalledSince;
    private DateTimeOffset? _lastRestart;

    public void Confirmed() => _stalledSince = null;

    /// <summary>
    /// Records a round that began at <paramref name="roundStartedAt"/> and confirmed nothing. Returns how long nothing
    /// has been confirmed when the bus should be restarted now — the stall has lasted <c>restartAfter</c>, the broker
    /// answers, the last restart is at least <c>minimumInterval</c> ago — and null otherwise.
    /// </summary>
    public TimeSpan? Stalled(DateTimeOffset roundStartedAt, DateTimeOffset now, bool brokerAnswers)
    {
        if (!brokerAnswers)
        {
            // An outage: waited out, not restarted. The stall counts again from the broker's return.
            _stalledSince = null;
            return null;
        }

        // The round's publishes waited up to their timeout: the stall began when the round did.
        _stalledSince ??= roundStartedAt;
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
