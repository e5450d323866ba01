using VanPhong.Chaos;

namespace VanPhong.EndToEndTests;

/// <summary>Runs alone: it starts a second whole system, with replicas, and needs the machine to itself.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChaosCollection
{
    public const string Name = "chaos";
}

/// <summary>
/// The chaos command's scenario, shorter (scripts/chaos.sh --quick): the real app host with two replicas of the
/// feedback and reporting services, a mixed load, a feedback and a reporting replica killed with kill -9, the broker
/// stopped and started again, the killed replicas started again. Nothing acknowledged may be lost, nothing doubled,
/// nothing dead-lettered, and the system must settle within 30 s of the last fault.
/// </summary>
[Collection(ChaosCollection.Name)]
public sealed class ChaosTests
{
    [Fact]
    public async Task Under_kill_9_of_replicas_and_a_broker_outage_nothing_acknowledged_is_lost_doubled_or_dead_lettered()
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(8));
        var output = new StringWriter();

        var report = await ChaosRun.RunAsync(ChaosOptions.Quick, output, limit.Token);
        ChaosRun.Print(report, output);

        var figures = output.ToString();
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        Assert.True(report.Census.Flows.All(f => f.Acknowledged > 0), figures);
        Assert.True(report.Converged, figures);
        Assert.Equal((0, 0, 0), (report.Census.Lost, report.Census.Doubled, report.Census.DeadLettered));
        Assert.True(report.ConvergedSeconds <= 30, figures);
        Assert.Matches(@"^chaos: lost 0, doubled 0, dead-lettered 0, converged in \d+\.\d s$", report.LastLine);
    }
}
