using MassTransit;
using Microsoft.Extensions.Logging;

namespace VanPhong.Messaging;

/// <summary>
/// The outermost filter of every consumer endpoint, outside the retry filter: an exception that reaches it has
/// survived every retry, and MassTransit is about to move the message to <c>&lt;queue&gt;_error</c>.
/// It counts and logs that, once per message.
/// </summary>
public sealed class DeadLetterFilter(ILogger logger, string endpoint) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception ex)
        {
            var messageType = context.SupportedMessageTypes.FirstOrDefault() ?? "unknown";
            MessagingTelemetry.DeadLettered.Add(1,
                new KeyValuePair<string, object?>("endpoint", endpoint),
                new KeyValuePair<string, object?>("message_type", messageType));
            logger.LogError(ex, "Message {MessageId} ({MessageType}) failed after every retry on {Endpoint} and goes to {ErrorQueue}",
                context.MessageId, messageType, endpoint, endpoint + "_error");
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("deadLetter");
}
