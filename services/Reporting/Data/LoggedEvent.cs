using System.Text.Json;
using VanPhong.Messaging;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Data;

/// <summary>Every event reporting consumed, in the order it did: what the read models are rebuilt from.</summary>
public sealed class LoggedEvent
{
    public long Sequence { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>Full name of the contract type.</summary>
    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTime SentAt { get; set; }

    public static LoggedEvent Of(object message, EventContext context) => new()
    {
        MessageId = context.MessageId,
        Type = message.GetType().FullName!,
        Payload = JsonSerializer.Serialize(message, message.GetType(), ContractTypes.JsonOptions),
        SentAt = context.SentAt,
    };
}
