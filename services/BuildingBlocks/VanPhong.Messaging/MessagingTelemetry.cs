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

    public static readonly Counter<long> BusRestarts = Meter.CreateCounter<long>("vanphong.outbox.bus_restarts", description: "Bus restarts because the broker answered but confirmed no publish (StalledPublishing)");

    public static readonly Counter<long> Replayed = Meter.CreateCounter<long>("vanphong.outbox.replayed", description: "Retained outbox rows sent again to a consumer that asked to catch up");

    public static readonly Counter<long> DuplicatesSkipped = Meter.CreateCounter<long>("vanphong.inbox.duplicates", description: "Redelivered messages recognised by the inbox and not applied again");

    public static readonly Counter<long> Parked = Meter.CreateCounter<long>("vanphong.outbox.parked_rows", description: "Outbox rows set aside after failing by their own fault");

    public static readonly Histogram<double> IntakeWaits = Meter.CreateHistogram<double>("vanphong.outbox.intake_wait", unit: "ms", description: "How long an intake waited for the outbox's backlog to come down (back-pressure)");

    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>("vanphong.messaging.dead_lettered", description: "Messages that failed after every retry and were moved to <queue>_error");
}

/// <summary>The gauges of one service's messaging: rows waiting in the outbox, rows parked, messages in each error queue.</summary>
public sealed class MessagingGauges
{
    private long _pending;
    private long _parked;

    public MessagingGauges(IMeterFactory meters, DeadLetters deadLetters)
    {
        var meter = meters.Create(MessagingTelemetry.Name);
        meter.CreateObservableGauge("vanphong.outbox.pending", () => Pending, description: "Outbox rows not yet published");
        meter.CreateObservableGauge("vanphong.outbox.parked", () => Parked, description: "Outbox rows parked for an operator (GET …/admin/messaging)");
        meter.CreateObservableGauge("vanphong.messaging.dead_letters", () => deadLetters.Depths
                .Select(kv => new Measurement<long>(kv.Value, new KeyValuePair<string, object?>("queue", kv.Key))),
            description: "Messages waiting in each <queue>_error of this service for a re-drive");
    }

    public long Pending
    {
        get => Interlocked.Read(ref _pending);
        set => Interlocked.Exchange(ref _pending, value);
    }

    public long Parked
    {
        get => Interlocked.Read(ref _parked);
        set => Interlocked.Exchange(ref _parked, value);
    }
}
