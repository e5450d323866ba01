namespace VanPhong.Chaos;

/// <summary>
/// The scenario: how long the load runs, how fast citizens submit, and when each fault strikes (seconds after the load
/// starts). A fault is either a kill -9 of one replica (restarted later) or the broker stopped and started again.
/// </summary>
public sealed record ChaosOptions(
    TimeSpan Load,
    double SubmissionsPerSecond,
    int Replicas,
    int FaultedReplicas,
    TimeSpan KillFeedbackAt,
    TimeSpan RestartFeedbackAt,
    TimeSpan KillReportingAt,
    TimeSpan RestartReportingAt,
    TimeSpan StopBrokerAt,
    TimeSpan StartBrokerAt,
    TimeSpan ConvergeWithin)
{
    /// <summary>
    /// The chaos command's scenario: two replicas of every service, a minute of load, a feedback and a reporting replica
    /// killed, the broker away for 20 s (stopping it takes the app host about 2 s of the 22 between the two commands),
    /// the killed replicas started again once the broker is back (the app host starts a service only when its broker is up).
    /// </summary>
    public static ChaosOptions Full => new(
        Load: TimeSpan.FromSeconds(60),
        SubmissionsPerSecond: 6,
        Replicas: 2,
        FaultedReplicas: 2,
        KillFeedbackAt: TimeSpan.FromSeconds(8),
        RestartFeedbackAt: TimeSpan.FromSeconds(44),
        KillReportingAt: TimeSpan.FromSeconds(12),
        RestartReportingAt: TimeSpan.FromSeconds(47),
        StopBrokerAt: TimeSpan.FromSeconds(18),
        StartBrokerAt: TimeSpan.FromSeconds(40),
        ConvergeWithin: TimeSpan.FromSeconds(180));

    /// <summary>
    /// The same scenario in the time a test can spend: two replicas of the two services it kills (one of the others),
    /// every fault, shorter.
    /// </summary>
    public static ChaosOptions Quick => new(
        Load: TimeSpan.FromSeconds(26),
        SubmissionsPerSecond: 4,
        Replicas: 1,
        FaultedReplicas: 2,
        KillFeedbackAt: TimeSpan.FromSeconds(3),
        RestartFeedbackAt: TimeSpan.FromSeconds(16),
        KillReportingAt: TimeSpan.FromSeconds(5),
        RestartReportingAt: TimeSpan.FromSeconds(18),
        StopBrokerAt: TimeSpan.FromSeconds(7),
        StartBrokerAt: TimeSpan.FromSeconds(14),
        ConvergeWithin: TimeSpan.FromSeconds(120));

    public TimeSpan LastFault => new[] { RestartFeedbackAt, RestartReportingAt, StartBrokerAt }.Max();
}
