using Microsoft.EntityFrameworkCore;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Plans.Data;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>
/// Events published while their consumer has never run are not lost: the publisher declared the consumer's queue
/// (the shared topology) before it published, so the events wait there until the consumer starts.
/// </summary>
public sealed class TopologyFirstTests(SharedBroker broker)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_the_plan_registry_publishes_before_reporting_ever_ran_are_counted_when_reporting_starts()
    {
        var prefix = "f" + Guid.NewGuid().ToString("N")[..8];
        Dictionary<string, string?> settings = new() { ["Messaging:Prefix"] = prefix, ["Plans:Urging:Enabled"] = "false" };
        await using var plans = new ServiceHost<VanPhong.Plans.Marker>(ResourceNames.PlansDb, broker.Uri, settings);
        plans.CreateClient();

        // The plan registry seeds and issues the 2023 plan at start-up: PlanIssued leaves the outbox, confirmed by the
        // broker, while no reporting service exists anywhere.
        await Eventually.HoldsAsync(
            () => plans.QueryAsync<PlansDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.Type.EndsWith(".PlanIssued") && m.SentAt != null)),
            n => n == 1, what: "the plan registry published PlanIssued");
        var items = await plans.QueryAsync<PlansDb, int>(db => db.Items.CountAsync(i => !i.IsGroup));

        await using var reporting = new ServiceHost<VanPhong.Reporting.Marker>(ResourceNames.ReportingDb, broker.Uri, settings);
        reporting.CreateClient();

        var counted = await Eventually.HoldsAsync(
            () => reporting.QueryAsync<ReportingDb, int>(db => db.PlanItems.CountAsync(f => f.Year == 2023)),
            n => n == items, what: "reporting counts every item of the plan issued before it started");
        Assert.Equal(29, counted);
    }
}
