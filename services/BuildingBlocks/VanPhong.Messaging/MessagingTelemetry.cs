using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace VanPhong.Messaging;

/// <summary>The activity source and meter of the outbox, the inbox and the dead-letter path (picked up by ServiceDefaults as "VanPhong.*").</summary>
public static class MessagingTelemetry
{
    public const string Name = "VanPhong.Messaging";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Published = Meter.CreateCounter<long>("vanphong.outbox.published", description: "Outbox rows published and confirmed by the broker");

    public static readonly Counter<long> PublishFailures = Meter.CreateCounter<long>("vanphong.outbox.publish_failures", description: "Failed attempts to publish an outbox row");

    public static readonly Counter<long> DuplicatesSkipped = Meter.CreateCounter<long>("vanphong.inbox.duplicates", description: "Redelivered messages recognised by the inbox and not applied again");

    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>("vanphong.messaging.dead_lettered", description: "Messages that failed after every retry and were moved to <queue>_error");
}
