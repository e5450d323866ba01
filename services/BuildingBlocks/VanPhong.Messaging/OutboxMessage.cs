using System.Diagnostics;
using System.Text.Json;

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
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    /// <summary>W3C trace context of the request that caused the event, so the trace continues through the broker.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public int Attempts { get; internal set; }

    public string? LastError { get; internal set; }

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
            OccurredAt = occurredAtUtc,
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
        };
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
