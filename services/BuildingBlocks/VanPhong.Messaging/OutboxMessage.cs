using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;

[assembly: InternalsVisibleTo("VanPhong.IntegrationTests")]
[assembly: InternalsVisibleTo("VanPhong.UnitTests")]

namespace VanPhong.Messaging;

/// <summary>
/// An integration event waiting in the service's own database to be published. It is written in the same
/// transaction as the state change it reports, so the event exists exactly when the change does.
/// Its id becomes the MassTransit MessageId, which consumers use to apply it once.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; private set; }

    /// <summary>Full name of the contract type in VanPhong.Contracts.</summary>
    public string Type { get; internal set; } = "";

    public string Payload { get; private set; } = "";

    /// <summary>
    /// The aggregate the event is about ("feedback/…", "plan/…", "procedure/…"): rows of one stream are published in
    /// the order they occurred; rows of different streams never wait for each other.
    /// </summary>
    public string StreamKey { get; internal set; } = "";

    public DateTime OccurredAt { get; private set; }

    /// <summary>W3C trace context of the request that caused the event, so the trace continues through the broker.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    /// <summary>Failed attempts that were the row's own fault (not a broker outage).</summary>
    public int Attempts { get; internal set; }

    public string? LastError { get; internal set; }

    /// <summary>After a failure of its own, the row (and its stream) waits until then.</summary>
    public DateTime? NextAttemptAt { get; internal set; }

    /// <summary>
    /// Set aside after <see cref="OutboxOptions.MaxAttempts"/> failures of its own: no longer tried, no longer
    /// holding its stream back, listed for an operator who re-queues it after a fix.
    /// </summary>
    public DateTime? ParkedAt { get; internal set; }

    /// <summary>The dispatcher instance that holds the row for the current round (several replicas share one outbox).</summary>
    public string? ClaimedBy { get; internal set; }

    public DateTime? ClaimedUntil { get; internal set; }

    /// <summary>Set only once the broker has confirmed the publish.</summary>
    public DateTime? SentAt { get; internal set; }

    private OutboxMessage()
    {
    }

    public static OutboxMessage Create(object message, DateTime occurredAtUtc)
    {
        var activity = Activity.Current;
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = message.GetType().FullName!,
            Payload = JsonSerializer.Serialize(message, message.GetType(), ContractTypes.JsonOptions),
            StreamKey = EventStreams.KeyOf(message),
            OccurredAt = occurredAtUtc,
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
        };
    }

    /// <summary>Puts a parked row back in line, as new: the operator has fixed what made it fail.</summary>
    public void Requeue()
    {
        ParkedAt = null;
        Attempts = 0;
        NextAttemptAt = null;
        ClaimedBy = null;
        ClaimedUntil = null;
    }
}

/// <summary>A message a consumer has already applied: (MessageId, consumer) is the key of the effect.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; private set; }

    public string Consumer { get; private set; } = "";

    public DateTime ProcessedAt { get; private set; }

    private InboxMessage()
    {
    }

    public InboxMessage(Guid messageId, string consumer, DateTime processedAtUtc)
    {
        MessageId = messageId;
        Consumer = consumer;
        ProcessedAt = processedAtUtc;
    }
}
