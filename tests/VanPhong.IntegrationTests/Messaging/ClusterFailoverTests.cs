using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Messaging;

/// <summary>
/// A cluster of three private RabbitMQ nodes formed as the app host forms it (scripts/start-rabbit.sh, one cookie,
/// `rabbitmqctl join_cluster`), a publisher and a consumer connected to every node on quorum queues, and the node they
/// both try first killed with kill -9 while events flow.
/// </summary>
public sealed class ClusterFailoverTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly List<RabbitMqNode> _nodes = [];
    private string _cookieDirectory = null!;
    private ServiceHost<VanPhong.Feedback.Marker> _feedback = null!;
    private ServiceHost<VanPhong.Reporting.Marker> _reporting = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _cookieDirectory = RepositoryPaths.NewStateDirectory("cookie");
        var cookie = Path.Combine(_cookieDirectory, "cookie");
        await File.WriteAllTextAsync(cookie, Guid.NewGuid().ToString("N"), _ct);

        var seed = await RabbitMqNode.StartClusterNodeAsync(cookie, join: null);
        _nodes.Add(seed);
        _nodes.AddRange(await Task.WhenAll(
            RabbitMqNode.StartClusterNodeAsync(cookie, seed.NodeName),
            RabbitMqNode.StartClusterNodeAsync(cookie, seed.NodeName)));

        // Every node in the connection string, as the app host passes a cluster: quorum queues by default.
        var cluster = string.Join(",", _nodes.Select(n => n.Uri));
        _reporting = new(ResourceNames.ReportingDb, cluster);
        _feedback = new(ResourceNames.FeedbackDb, cluster);
        _reporting.CreateClient();
        _client = _feedback.CreateClient();
        await Task.WhenAll(
            _reporting.Services.GetRequiredService<TopologyDeployer>().Ready.WaitAsync(TimeSpan.FromSeconds(60), _ct),
            _feedback.Services.GetRequiredService<TopologyDeployer>().Ready.WaitAsync(TimeSpan.FromSeconds(60), _ct));
    }

    public async ValueTask DisposeAsync()
    {
        await _feedback.DisposeAsync();
        await _reporting.DisposeAsync();
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        Directory.Delete(_cookieDirectory, recursive: true);
    }

    /// <summary>About 50 s on 2 cores, most of it three nodes booting and joining.</summary>
    [Fact]
    public async Task The_cluster_forms_and_after_kill_9_of_a_node_every_event_arrives_once_while_it_is_down()
    {
        Assert.Equal("quorum", _reporting.Services.GetRequiredService<BrokerSettings>().QueueType);
        Assert.Equal(3, await RunningNodesAsync(_nodes[1]));

        var codes = new List<string>();
        async Task SubmitAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var response = await _client.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Submissions.ValidSubmission($"Người gửi trên cụm {codes.Count}"), _ct);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                codes.Add((await Submissions.ReadReceiptAsync(response)).TrackingCode);
            }
        }

        await SubmitAsync(5);
        await Eventually.HoldsAsync(
            () => _reporting.QueryAsync<ReportingDb, int>(db => db.Feedback.CountAsync(f => codes.Contains(f.TrackingCode))),
            n => n == 5, TimeSpan.FromSeconds(60), "the first events cross the cluster");

        // The first node is the one both services try first.
        await _nodes[0].KillAsync();
        var down = Stopwatch.StartNew();
        await SubmitAsync(10);

        // While it is down every event arrives: on RabbitMQ 3.10.8 the channel MassTransit opens on a surviving node
        // right after the kill gets no confirmation (the queue records still name the dead leaders), and the events
        // waited for the node's return until the dispatcher learned to restart a bus that answers but confirms nothing
        // (StalledPublishing): about 11 s after the kill, the 10 s publish timeout included.
        await Eventually.HoldsAsync(
            () => _reporting.QueryAsync<ReportingDb, int>(db => db.Feedback.CountAsync(f => codes.Contains(f.TrackingCode))),
            n => n == 15, TimeSpan.FromSeconds(60), "the events written after the kill reach reporting while the node is down");
        // Not every kill leaves the publisher's channel stalled (it depends on which node the connection was on and when
        // the new channel opened): how many restarts it took is reported, not asserted.
        TestContext.Current.TestOutputHelper?.WriteLine($"all 15 counted by reporting {down.Elapsed.TotalSeconds:F1} s after the kill, the node still down; bus restarts: {_feedback.Services.GetRequiredService<StalledPublishing>().Restarts}");
        Assert.Equal(2, await RunningNodesAsync(_nodes[1]));

        await _nodes[0].StartAgainAsync();
        Assert.Equal(3, await RunningNodesAsync(_nodes[1]));
        await SubmitAsync(3);
        await Eventually.HoldsAsync(
            () => _reporting.QueryAsync<ReportingDb, int>(db => db.Feedback.CountAsync(f => codes.Contains(f.TrackingCode))),
            n => n == 18, TimeSpan.FromSeconds(90), "every event written around the kill and after the return reaches reporting");
        await Eventually.HoldsAsync(
            () => _feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)),
            n => n == 0, TimeSpan.FromSeconds(30), "nothing left in the outbox");

        // Applied once: one inbox row per event, no fact twice.
        Assert.Equal(18, await _reporting.QueryAsync<ReportingDb, int>(db => db.Set<InboxMessage>().CountAsync()));
        Assert.Equal(18, await _reporting.QueryAsync<ReportingDb, int>(db => db.Feedback.CountAsync()));
    }

    /// <summary>The running nodes of the cluster as one member sees them (rabbitmqctl cluster_status).</summary>
    private static async Task<int> RunningNodesAsync(RabbitMqNode member)
    {
        using var status = System.Text.Json.JsonDocument.Parse(await CtlAsync(member, "cluster_status", "--formatter", "json"));
        return status.RootElement.GetProperty("running_nodes").GetArrayLength();
    }

    private static async Task<string> CtlAsync(RabbitMqNode member, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/lib/rabbitmq/bin/rabbitmqctl", ["-q", "-n", member.NodeName, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["HOME"] = member.DataDirectory;
        start.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        using var ctl = Process.Start(start)!;
        var output = await ctl.StandardOutput.ReadToEndAsync();
        await ctl.WaitForExitAsync();
        return output;
    }
}
