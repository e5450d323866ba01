using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace VanPhong.Messaging;

/// <summary>What a consumer knows of one delivery: the message's id (the key of its effect) and when it was sent.</summary>
public readonly record struct Delivery(Guid MessageId, DateTime SentAt, CancellationToken CancellationToken);

/// <summary>
/// Base of every consumer: applies a message once. The effect and the inbox row (MessageId, consumer) commit in
/// one transaction, so a redelivered message finds its inbox row and changes nothing. Subclasses only change
/// tracked entities of <typeparamref name="TDb"/> in <see cref="ApplyAsync"/>; this class saves. Messages arrive in
/// any order (one queue per event type) — the subclass makes its effect not depend on it.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDb>(TDb db, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
    where TDb : DbContext
{
    protected TDb Db => db;

    protected TimeProvider Clock => clock;

    public Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId and cannot be applied once.");
        return HandleAsync(context.Message, new Delivery(messageId, context.SentTime ?? clock.GetUtcNow().UtcDateTime, context.CancellationToken));
    }

    /// <summary>The whole of one delivery, broker or not: what <see cref="Consume"/> does, and what replay tests call.</summary>
    public async Task HandleAsync(TMessage message, Delivery delivery)
    {
        var consumer = GetType().FullName!;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(delivery.CancellationToken);
            var seen = await db.Set<InboxMessage>()
                .AnyAsync(m => m.MessageId == delivery.MessageId && m.Consumer == consumer, delivery.CancellationToken);
            if (seen)
            {
                MessagingTelemetry.DuplicatesSkipped.Add(1, new KeyValuePair<string, object?>("consumer", GetType().Name));
                return;
            }

            await ApplyAsync(message, delivery);
            db.Set<InboxMessage>().Add(new InboxMessage(delivery.MessageId, consumer, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(delivery.CancellationToken);
            await transaction.CommitAsync(delivery.CancellationToken);
        });
    }

    /// <summary>The effect of the message on this service's data (tracked changes; saved by the caller).</summary>
    protected abstract Task ApplyAsync(TMessage message, Delivery delivery);
}
