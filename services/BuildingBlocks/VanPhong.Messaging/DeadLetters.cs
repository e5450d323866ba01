using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace VanPhong.Messaging;

public sealed class DeadLetterOptions
{
    /// <summary>How often the depth of this service's <c>&lt;queue&gt;_error</c> queues is read for the dashboard.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(15);
}

public sealed record DeadLetterQueue(string Queue, string ErrorQueue, long Messages);

/// <summary>
/// The messages of this service that failed every retry and wait in <c>&lt;queue&gt;_error</c>: counted for the
/// dashboard (vanphong.messaging.dead_letters, per queue) and re-driven by an administrator after a fix — moved back
/// to their queue, where the inbox still applies each once.
/// </summary>
public sealed class DeadLetters(BrokerSettings settings, IOptions<DeadLetterOptions> options, ILogger<DeadLetters> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, long> _depths = new();

    public IReadOnlyDictionary<string, long> Depths => _depths;

    public static string ErrorQueueOf(string queue) => queue + "_error";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var subscription in settings.OwnSubscriptions)
        {
            _depths[settings.QueueName(subscription)] = 0;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var queue in await CountAsync(stoppingToken))
                {
                    _depths[queue.Queue] = queue.Messages;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogDebug(ex, "Could not read the dead-letter queues");
            }

            try
            {
                await Task.Delay(options.Value.CheckInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The depth of every error queue of this service (0 for one MassTransit has not created yet).</summary>
    public async Task<IReadOnlyList<DeadLetterQueue>> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await settings.ConnectAsync("dead letters", cancellationToken);
        var result = new List<DeadLetterQueue>();
        foreach (var subscription in settings.OwnSubscriptions)
        {
            var queue = settings.QueueName(subscription);
            result.Add(new DeadLetterQueue(queue, ErrorQueueOf(queue), await DepthAsync(connection, ErrorQueueOf(queue), cancellationToken)));
        }

        return result;
    }

    /// <summary>
    /// Moves up to <paramref name="max"/> messages of <c>&lt;queue&gt;_error</c> back to the queue, each acknowledged in
    /// the error queue only after the broker confirmed it in the queue (a crash in between gives a duplicate, which the
    /// inbox ignores, never a loss). Only the messages there when it starts are moved, so one that fails again is not
    /// chased in a loop. Returns how many moved, or null when the queue is not one of this service's.
    /// </summary>
    public async Task<int?> RedriveAsync(string queue, int max, CancellationToken cancellationToken)
    {
        if (!settings.OwnSubscriptions.Any(s => settings.QueueName(s) == queue))
        {
            return null;
        }

        var errorQueue = ErrorQueueOf(queue);
        await using var connection = await settings.ConnectAsync("re-drive", cancellationToken);
        var waiting = await DepthAsync(connection, errorQueue, cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var moved = 0;
        while (moved < Math.Min(waiting, max))
        {
            var message = await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken);
            if (message is null)
            {
                break;
            }

            var properties = new BasicProperties(message.BasicProperties)
            {
                Headers = new Dictionary<string, object?>(message.BasicProperties.Headers ?? new Dictionary<string, object?>()),
            };
            properties.Headers["vanphong-redriven-at"] = DateTimeOffset.UtcNow.ToString("O");
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, message.Body, cancellationToken);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }

        _depths[queue] = Math.Max(0, waiting - moved);
        logger.LogWarning("Re-drove {Moved} dead-lettered messages from {ErrorQueue} to {Queue}", moved, errorQueue, queue);
        return moved;
    }

    private static async Task<long> DepthAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        // A passive declare of a queue that does not exist closes its channel: one channel per question.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }
}
