using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace VanPhong.Messaging;

/// <summary>
/// Base of every consumer: applies a message once. The effect and the inbox row (MessageId, consumer) commit in
/// one transaction, so a redelivered message finds its inbox row and changes nothing. Subclasses only change
/// tracked entities of <typeparamref name="TDb"/> in <see cref="ApplyAsync"/>; this class saves.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDb>(TDb db, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
    where TDb : DbContext
{
    protected TDb Db => db;

    protected TimeProvider Clock => clock;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId and cannot be applied once.");
        var consumer = GetType().FullName!;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
            var seen = await db.Set<InboxMessage>()
                .AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken);
            if (seen)
            {
                MessagingTelemetry.DuplicatesSkipped.Add(1, new KeyValuePair<string, object?>("consumer", GetType().Name));
                return;
            }

            await ApplyAsync(context.Message, context);
            db.Set<InboxMessage>().Add(new InboxMessage(messageId, consumer, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        });
    }

    /// <summary>The effect of the message on this service's data (tracked changes; saved by the caller).</summary>
    protected abstract Task ApplyAsync(TMessage message, ConsumeContext<TMessage> context);
}
