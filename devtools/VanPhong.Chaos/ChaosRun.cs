using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Aspire.Hosting.Testing;
using Microsoft.Data.Sqlite;
using VanPhong.Topology;

namespace VanPhong.Chaos;

/// <summary>A mail the development mail sink received.</summary>
public sealed record MailSeen(string To, string Subject, string? MessageId);

public sealed record ChaosReport(CensusResult Census, double ConvergedSeconds, bool Converged, int Retries, double BrokerAwaySeconds, IReadOnlyList<string> Refused, IReadOnlyList<string> Timeline)
{
    public string LastLine => $"chaos: lost {Census.Lost}, doubled {Census.Doubled}, dead-lettered {Census.DeadLettered}, converged in {(Converged ? ConvergedSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "never")} s";
}

/// <summary>
/// The chaos scenario end to end: the system with two replicas of everything, the load, the faults at their times,
/// then waiting for the system to settle and counting what became of every acknowledged write.
/// </summary>
public static class ChaosRun
{
    public static async Task<ChaosReport> RunAsync(ChaosOptions options, TextWriter output, CancellationToken ct)
    {
        var timeline = new List<string>();
        var clock = Stopwatch.StartNew();
        void Say(string what)
        {
            var line = $"[{clock.Elapsed.TotalSeconds,6:0.0} s] {what}";
            lock (timeline)
            {
                timeline.Add(line);
            }

            output.WriteLine(line);
        }

        var cluster = options.ClusterNodes > 1;
        Say($"starting the system: the app host with {options.Replicas} replica(s) of every service, {options.FaultedReplicas} of feedback and reporting, "
            + (cluster ? $"a cluster of {options.ClusterNodes} RabbitMQ nodes with quorum queues …" : "one RabbitMQ node …"));
        await using var system = await ChaosSystem.StartAsync(options.Replicas, options.FaultedReplicas, options.ClusterNodes, ct);
        var census = new Census(system, await system.BrokerUriAsync(ct));
        var load = new Load(system.Gateway, Guid.NewGuid().ToString("N")[..6]);
        await WaitForUnitsAsync(system, ct);
        await load.PrepareAsync(ct);
        var feedback = system.Replicas(ResourceNames.FeedbackService)[0];
        var reporting = system.Replicas(ResourceNames.ReportingService)[0];
        // On a cluster the first node: every service tries it first, so every connection it holds has to fail over.
        var broker = system.Replicas(cluster ? ResourceNames.Messaging + "-1" : ResourceNames.Messaging)[0];

        Say($"load: {options.SubmissionsPerSecond} citizen submissions/s for {options.Load.TotalSeconds:0} s, a third answered by staff, plan progress every second");
        var started = DateTime.UtcNow;
        DateTime brokerStopped = default, brokerBack = default;
        var running = load.RunAsync(options.Load, options.SubmissionsPerSecond, ct);
        var faults = Task.WhenAll(
            At(options.KillFeedbackAt, () => { system.Kill(feedback); Say($"kill -9 {feedback}"); return Task.CompletedTask; }),
            At(options.KillReportingAt, () => { system.Kill(reporting); Say($"kill -9 {reporting}"); return Task.CompletedTask; }),
            At(options.StopBrokerAt, async () =>
            {
                if (cluster)
                {
                    await KillNodeAsync();
                    return;
                }

                await system.StopAsync(broker, ct);
                brokerStopped = DateTime.UtcNow;
                Say("broker stopped");
                await Task.Delay(options.BrokerAway, ct);
                await system.StartAsync(broker, ct);
                brokerBack = DateTime.UtcNow;
                Say($"broker started again, {(brokerBack - brokerStopped).TotalSeconds:0.0} s after it stopped");
                await Task.Delay(ChaosOptions.RestartAfterBroker, ct);
                await system.StartAsync(feedback, ct);
                Say($"started {feedback} again");
                await Task.Delay(ChaosOptions.RestartAfterBroker, ct);
                await system.StartAsync(reporting, ct);
                Say($"started {reporting} (a consumer) again");
            }));

        // The cluster's fault: kill -9 of one node's Erlang VM; the killed replicas start while it is down (the cluster
        // still has a majority), then the node starts again and rejoins.
        async Task KillNodeAsync()
        {
            system.KillBrokerNode(broker);
            brokerStopped = DateTime.UtcNow;
            Say($"kill -9 of the RabbitMQ node {broker} (its beam.smp); {options.ClusterNodes - 1} of {options.ClusterNodes} nodes left");
            await Task.Delay(ChaosOptions.RestartAfterBroker * 2, ct);
            await system.StartAsync(feedback, ct);
            Say($"started {feedback} again, the node still down");
            await Task.Delay(ChaosOptions.RestartAfterBroker, ct);
            await system.StartAsync(reporting, ct);
            Say($"started {reporting} (a consumer) again, the node still down");
            var wait = brokerStopped + options.BrokerAway - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            // Do the events go on while the node is down, or wait for it? What reporting has counted says.
            var whileDown = await census.TakeAsync(load, await MailsAsync(system, ct), askBroker: false, ct);
            var submitted = whileDown.Flows[0];
            Say($"the node still down: {submitted.Counted} of {submitted.Acknowledged} acknowledged submissions counted by reporting, {whileDown.Unsent} events waiting in the outboxes");
            await system.StartAsync(broker, ct);
            using (var back = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                back.CancelAfter(TimeSpan.FromMinutes(2));
                await system.WaitHealthyAsync(broker, back.Token);
            }

            brokerBack = DateTime.UtcNow;
            Say($"node {broker} started again and back in the cluster, {(brokerBack - brokerStopped).TotalSeconds:0.0} s after it was killed");
        }
        await faults;
        var lastFault = DateTime.UtcNow;
        await running;
        Say($"load done: {load.Submissions.Count} submissions, {load.Answered.Count} answers, {load.ProgressReports} progress reports acknowledged ({load.Retries} retries by the clients)");

        CensusResult result;
        var deadline = lastFault + options.ConvergeWithin;
        var said = DateTime.UtcNow;
        while (true)
        {
            result = await census.TakeAsync(load, await MailsAsync(system, ct), askBroker: true, ct);
            if (result.Converged || DateTime.UtcNow > deadline)
            {
                break;
            }

            if (DateTime.UtcNow - said > TimeSpan.FromSeconds(5))
            {
                said = DateTime.UtcNow;
                Say($"settling: unsent events {result.Unsent}, not yet counted by reporting {string.Join(", ", result.Flows.Select(f => $"{f.Flow.Split(' ')[1]} {f.Lost}"))}, mails {result.MailsMissing}");
            }

            await Task.Delay(500, ct);
        }

        var converged = (DateTime.UtcNow - lastFault).TotalSeconds;
        Say(result.Converged ? $"converged {converged:0.0} s after the last fault" : $"not converged {converged:0.0} s after the last fault");

        // Long enough for a late duplicate (a second mail, a repeated event) to show if there were one.
        await Task.Delay(TimeSpan.FromSeconds(5), ct);
        result = await census.TakeAsync(load, await MailsAsync(system, ct), askBroker: true, ct);
        return new ChaosReport(result, converged, result.Converged, load.Retries, (brokerBack - brokerStopped).TotalSeconds, [.. load.Refused], timeline);

        async Task At(TimeSpan when, Func<Task> fault)
        {
            var wait = started + when - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            await fault();
        }
    }

    public static void Print(ChaosReport report, TextWriter output)
    {
        var c = report.Census;
        output.WriteLine();
        foreach (var flow in c.Flows)
        {
            output.WriteLine(flow);
        }

        output.WriteLine($"{"answer mails",-28} expected {c.MailsExpected,5}  received {c.MailsReceived,5}  missing {c.MailsMissing,3}  doubled {c.MailsDoubled,3}  sent again under the same Message-ID {c.MailsRetransmitted,3}");
        output.WriteLine($"parked outbox rows: {c.Parked}; dead-lettered: {c.DeadLettered}; unsent: {c.Unsent}; client retries: {report.Retries}");
        if (report.Refused.Count > 0)
        {
            output.WriteLine($"refused submissions (not acknowledged): {string.Join(", ", report.Refused.Take(10))}");
        }

        output.WriteLine(report.LastLine);
    }

    private static async Task WaitForUnitsAsync(ChaosSystem system, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var connection = new SqliteConnection($"Data Source={system.DatabasePath(ResourceNames.FeedbackDb)};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM KnownUnits";
            if (Convert.ToInt32(command.ExecuteScalar()) >= 7)
            {
                return;
            }

            await Task.Delay(500, ct);
        }

        throw new TimeoutException("The units never reached the PAKN service.");
    }

    private static async Task<IReadOnlyList<MailSeen>> MailsAsync(ChaosSystem system, CancellationToken ct)
    {
        var received = await system.MailSink.GetFromJsonAsync<List<Received>>("/messages", ct) ?? [];
        return received.SelectMany(m => m.To.Select(to => new MailSeen(to, m.Subject, m.MessageId))).ToList();
    }

    private sealed record Received(List<string> To, string Subject, string? MessageId);
}
