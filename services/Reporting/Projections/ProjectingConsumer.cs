using VanPhong.Messaging;
using VanPhong.Reporting.Data;

namespace VanPhong.Reporting.Projections;

/// <summary>What a projection knows of the delivery of an event: its id and when it was sent.</summary>
public readonly record struct EventContext(Guid MessageId, DateTime SentAt);

/// <summary>
/// A projection of one event type onto the read models. Replaying it gives the same state (idempotent by key), and so
/// does applying the events of an aggregate in any order: each field keeps what the highest version said.
/// </summary>
public interface IProjection<in T>
    where T : class
{
    Task ProjectAsync(T message, EventContext context, CancellationToken cancellationToken);
}

/// <summary>The projection of any event type, for the rebuild that replays the log.</summary>
public interface IEventProjection
{
    Type EventType { get; }

    Task ProjectAsync(object message, EventContext context, CancellationToken cancellationToken);
}

/// <summary>
/// Base of every reporting consumer: applies the event once (inbox), keeps it in the event log the read models can
/// be rebuilt from, and projects it — all in one transaction.
/// </summary>
public abstract class ProjectingConsumer<T>(ReportingDb db, TimeProvider clock) : IdempotentConsumer<T, ReportingDb>(db, clock), IProjection<T>, IEventProjection
    where T : class
{
    public Type EventType => typeof(T);

    Task IEventProjection.ProjectAsync(object message, EventContext context, CancellationToken cancellationToken) =>
        ProjectAsync((T)message, context, cancellationToken);

    protected sealed override async Task ApplyAsync(T message, Delivery delivery)
    {
        var at = new EventContext(delivery.MessageId, delivery.SentAt);
        Db.EventLog.Add(LoggedEvent.Of(message, at));
        await ProjectAsync(message, at, delivery.CancellationToken);
    }

    public abstract Task ProjectAsync(T message, EventContext context, CancellationToken cancellationToken);
}
