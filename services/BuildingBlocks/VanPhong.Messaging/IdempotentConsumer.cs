using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Persistence;

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
        var delivery = new Delivery(messageId, context.SentTime ?? clock.GetUtcNow().UtcDateTime, context.CancellationToken);
        // A service that groups its commits (GroupCommit<TDb> registered) applies the message in the group's unit of
        // work: a twin of this consumer is made in the group's scope, so its effect, its inbox row and those of the
        // messages consumed beside it share one transaction and one wait for the disk.
        return ServicesOf(context)?.GetService<GroupCommit<TDb>>() is { } group
            ? group.RunAsync(async services =>
            {
                var twin = (IdempotentConsumer<TMessage, TDb>)ActivatorUtilities.CreateInstance(services, GetType());
                return await twin.ApplyOnceAsync(context.Message, delivery);
            })
            : HandleAsync(context.Message, delivery);
    }

    private static IServiceProvider? ServicesOf(ConsumeContext context) =>
        context.TryGetPayload<IServiceScope>(out var scope) ? scope.ServiceProvider
        : context.TryGetPayload<IServiceProvider>(out var services) ? services
        : null;

    /// <summary>The whole of one delivery, broker or not: what <see cref="Consume"/> does, and what replay tests call.</summary>
    public async Task HandleAsync(TMessage message, Delivery delivery)
    {
        // One save in a transaction of its own: a failure rolls the whole of it back, so no savepoint is needed (EF
        // Core would add one, two more statements a message).
        db.Database.AutoSavepointsEnabled = false;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(delivery.CancellationToken);
            if (!await ApplyOnceAsync(message, delivery))
            {
                return;
            }

            await db.SaveChangesAsync(delivery.CancellationToken);
            await transaction.CommitAsync(delivery.CancellationToken);
        });
    }

    /// <summary>The effect and its inbox row in the current unit of work, unless the inbox has the message already.</summary>
    private async Task<bool> ApplyOnceAsync(TMessage message, Delivery delivery)
    {
        var consumer = GetType().FullName!;
        var seen = await db.Set<InboxMessage>()
            .AnyAsync(m => m.MessageId == delivery.MessageId && m.Consumer == consumer, delivery.CancellationToken);
        if (seen)
        {
            MessagingTelemetry.DuplicatesSkipped.Add(1, new KeyValuePair<string, object?>("consumer", GetType().Name));
            return false;
        }

        await ApplyAsync(message, delivery);
        db.Set<InboxMessage>().Add(new InboxMessage(delivery.MessageId, consumer, clock.GetUtcNow().UtcDateTime));
        return true;
    }

    /// <summary>The effect of the message on this service's data (tracked changes; saved by the caller).</summary>
    protected abstract Task ApplyAsync(TMessage message, Delivery delivery);
}
