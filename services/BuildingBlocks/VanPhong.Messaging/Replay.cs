using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VanPhong.Contracts;

namespace VanPhong.Messaging;

/// <summary>
/// Serves a catch-up request (<see cref="ReplayRequested"/>) from this service's retained outbox: every row sent at or
/// after <c>Since</c> whose event the requester consumes is sent again, with its own MessageId, straight to the
/// requester's queue for that event (its endpoint exchange) — not published, so no other consumer receives it twice.
/// The requester's inbox drops what it had already applied; consumers take events in any order, so the rows go out
/// side by side. Published rows are kept <see cref="OutboxOptions.SentRetention"/>: a request reaching further back
/// gets what is left, and says so in the log. Served by one replica (the queue is shared); a redelivered request sends
/// again, which the inbox makes harmless.
/// </summary>
public sealed class ReplayRequestedConsumer<TDb>(
    TDb db,
    BrokerSettings settings,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<ReplayRequestedConsumer<TDb>> logger) : IConsumer<ReplayRequested>
    where TDb : DbContext
{
    private const int Page = 500;

    public async Task Consume(ConsumeContext<ReplayRequested> context)
    {
        var request = context.Message;
        var ct = context.CancellationToken;
        var queues = settings.Topology.OfService(request.RequestedBy)
            .ToDictionary(s => s.Event.FullName!, settings.QueueName);
        queues.Remove(typeof(ReplayRequested).FullName!);
        if (queues.Count == 0)
        {
            return;
        }

        var since = request.Since.UtcDateTime;
        var retainedFrom = clock.GetUtcNow().UtcDateTime - options.Value.SentRetention;
        if (since < retainedFrom)
        {
            logger.LogWarning("{Requester} asks for the events sent since {Since:O}; {Service} keeps them {Retention} (Messaging:Outbox:SentRetention), so what was sent before {RetainedFrom:O} is no longer here to send",
                request.RequestedBy, since, settings.Service, options.Value.SentRetention, retainedFrom);
        }

        var types = queues.Keys.ToList();
        var outbox = db.Set<OutboxMessage>().AsNoTracking();
        var sent = 0;
        Guid? after = null;
        while (true)
        {
            // Keyset pages by id (a version-7 id, so roughly the order they occurred), so a long window never holds
            // much in memory and a purge running meanwhile shifts nothing.
            var page = outbox.Where(m => m.SentAt != null && m.SentAt >= since && types.Contains(m.Type));
            if (after is { } last)
            {
                page = page.Where(m => m.Id.CompareTo(last) > 0);
            }

            var rows = await page.OrderBy(m => m.Id).Take(Page).ToListAsync(ct);
            if (rows.Count == 0)
            {
                break;
            }

            // REVIEW: the whole window is sent inside one delivery of the request, so RabbitMQ's consumer timeout
            // (30 min by default) bounds it to what this service sends in that time with confirms — a few million rows.
            // A busier Board would want the request recorded and served by a background round instead.
            await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = options.Value.PublishConcurrency, CancellationToken = ct }, async (row, token) =>
            {
                var message = ContractTypes.Deserialize(row);
                var endpoint = await context.GetSendEndpoint(new Uri("exchange:" + queues[row.Type]));
                await endpoint.Send(message, message.GetType(), send => send.MessageId = row.Id, token);
            });
            sent += rows.Count;
            after = rows[^1].Id;
        }

        MessagingTelemetry.Replayed.Add(sent);
        logger.LogInformation("Sent {Count} retained events again to {Requester} (sent since {Since:O}, asked at {RequestedAt:O})",
            sent, request.RequestedBy, since, request.RequestedAt);
    }
}
