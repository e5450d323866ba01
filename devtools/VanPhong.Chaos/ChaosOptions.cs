namespace VanPhong.Chaos;

/// <summary>
/// The scenario: how long the load runs, how fast citizens submit, and when each fault strikes (seconds after the load
/// starts). A fault is either a kill -9 of one replica (restarted later) or the broker's fault: on a single node the
/// broker stopped and started again; on a cluster (<paramref name="ClusterNodes"/> &gt; 1) one node killed with kill -9
/// and started again <paramref name="BrokerAway"/> later.
/// </summary>
public sealed record ChaosOptions(
    TimeSpan Load,
    double SubmissionsPerSecond,
    int Replicas,
    int FaultedReplicas,
    TimeSpan KillFeedbackAt,
    TimeSpan KillReportingAt,
    TimeSpan StopBrokerAt,
    TimeSpan BrokerAway,
    TimeSpan ConvergeWithin,
    int ClusterNodes = 1)
{
    /// <summary>
    /// The chaos command's scenario: two replicas of every service, a minute of load, a feedback and a reporting replica
    /// killed, the broker away for 20 s, then the killed replicas started again (the app host starts a service only
    /// when its broker is up, so they come back after it).
    /// </summary>
    public static ChaosOptions Full => new(
        Load: TimeSpan.FromSeconds(60),
        SubmissionsPerSecond: 6,
        Replicas: 2,
        FaultedReplicas: 2,
        KillFeedbackAt: TimeSpan.FromSeconds(8),
        KillReportingAt: TimeSpan.FromSeconds(12),
        StopBrokerAt: TimeSpan.FromSeconds(16),
        BrokerAway: TimeSpan.FromSeconds(20),
        ConvergeWithin: TimeSpan.FromSeconds(180));

    /// <summary>
    /// The same scenario in the time a test can spend: two replicas of the two services it kills (one of the others),
    /// every fault, shorter.
    /// </summary>
    public static ChaosOptions Quick => new(
        Load: TimeSpan.FromSeconds(30),
        SubmissionsPerSecond: 4,
        Replicas: 1,
        FaultedReplicas: 2,
        KillFeedbackAt: TimeSpan.FromSeconds(3),
        KillReportingAt: TimeSpan.FromSeconds(5),
        StopBrokerAt: TimeSpan.FromSeconds(7),
        BrokerAway: TimeSpan.FromSeconds(6),
        ConvergeWithin: TimeSpan.FromSeconds(120));

    /// <summary>
    /// The cluster scenario (scripts/chaos.sh --cluster): the full scenario on three RabbitMQ nodes and quorum queues,
    /// where the broker's fault is the first node — the one every service tries first — killed with kill -9 and started
    /// 20 s later; the killed replicas are started again while it is still down.
    /// </summary>
    public static ChaosOptions Cluster => Full with { ClusterNodes = 3 };

    /// <summary>The killed replicas are started this long after the broker is back, one after the other.</summary>
    public static readonly TimeSpan RestartAfterBroker = TimeSpan.FromSeconds(2);
}
