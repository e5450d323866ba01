using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using VanPhong.Persistence;

namespace VanPhong.Messaging;

/// <summary>
/// Declares on the broker, before this service publishes anything, the whole platform's event topology
/// (<see cref="EventTopology"/>): for every subscription of every service its queue, its endpoint exchange and the
/// binding from the message type's exchange, and its error queue — exactly as MassTransit declares them. An event
/// published while its consumer is stopped, or before that consumer ever ran, therefore waits in its queue.
/// While the broker is unreachable it keeps trying and the service reports unhealthy; the outbox waits for it.
/// </summary>
public sealed class TopologyDeployer(BrokerSettings settings, ILogger<TopologyDeployer> logger) : BackgroundService, IHealthCheck
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _problem = "not declared yet";

    /// <summary>Completes once every queue, exchange and binding exists.</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var count = await DeployAsync(stoppingToken);
                _problem = null;
                _ready.TrySetResult();
                logger.LogInformation("Declared the event topology: {Queues} queues of {Services} services", count, settings.Topology.Subscriptions.Select(s => s.Service).Distinct().Count());
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _problem = ex.Message;
                logger.LogWarning(ex, "Declaring the event topology failed (attempt {Attempt}); the outbox waits until it succeeds", attempt);
                try
                {
                    await Task.Delay(Backoff.Exponential(TimeSpan.FromMilliseconds(500), attempt, TimeSpan.FromSeconds(10)), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<int> DeployAsync(CancellationToken cancellationToken)
    {
        await using var connection = await settings.ConnectAsync("topology", cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        foreach (var messageType in settings.Topology.Events)
        {
            await channel.ExchangeDeclareAsync(settings.ExchangeName(messageType), ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        }

        foreach (var subscription in settings.Topology.Subscriptions)
        {
            var queue = settings.QueueName(subscription);
            await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: settings.QueueArguments, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(queue, queue, "", cancellationToken: cancellationToken);
            await channel.ExchangeBindAsync(queue, settings.ExchangeName(subscription.Event), "", cancellationToken: cancellationToken);

            // The error queue as MassTransit declares it on the first failure (same arguments as the queue), so the
            // dead-letter count always has a queue to read.
            var error = DeadLetters.ErrorQueueOf(queue);
            await channel.ExchangeDeclareAsync(error, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(error, durable: true, exclusive: false, autoDelete: false, arguments: settings.QueueArguments, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(error, error, "", cancellationToken: cancellationToken);
        }

        return settings.Topology.Subscriptions.Count;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_problem is null
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The event topology is not declared on the broker: {_problem}"));
}
