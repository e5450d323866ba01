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

/// <summary>The transactional outbox across a broker outage, with a broker of its own to take away.</summary>
public sealed class BrokerOutageTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private RabbitMqNode _broker = null!;
    private ServiceHost<VanPhong.Feedback.Marker> _feedback = null!;
    private ServiceHost<VanPhong.Reporting.Marker> _reporting = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _broker = await RabbitMqNode.StartAsync();
        _reporting = new(ResourceNames.ReportingDb, _broker.Uri);
        _feedback = new(ResourceNames.FeedbackDb, _broker.Uri);
        _reporting.CreateClient();
        _client = _feedback.CreateClient();

        // The broker goes away from running services: both have declared the topology by then.
        await Task.WhenAll(
            _reporting.Services.GetRequiredService<TopologyDeployer>().Ready.WaitAsync(TimeSpan.FromSeconds(60), _ct),
            _feedback.Services.GetRequiredService<TopologyDeployer>().Ready.WaitAsync(TimeSpan.FromSeconds(60), _ct));
    }

    public async ValueTask DisposeAsync()
    {
        await _feedback.DisposeAsync();
        await _reporting.DisposeAsync();
        await _broker.DisposeAsync();
    }

    [Fact]
    public async Task Events_written_while_the_broker_is_down_all_arrive_once_and_only_once_when_it_is_back()
    {
        await _broker.StopAsync();

        var codes = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var response = await _client.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Submissions.ValidSubmission($"Người gửi khi mất kết nối {i}"), _ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            codes.Add((await Submissions.ReadReceiptAsync(response)).TrackingCode);
        }

        // The dispatcher tried, failed, and kept every row; an outage is nobody's fault: nothing counted, nothing parked.
        await Eventually.HoldsAsync(
            () => _feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null && m.LastError != null)),
            n => n > 0, what: "a failed publish attempt is recorded");
        Assert.Equal(10, await _feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)));
        Assert.Equal(0, await _feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.Attempts > 0 || m.ParkedAt != null)));

        await _broker.StartAgainAsync();

        await Eventually.HoldsAsync(
            () => _reporting.QueryAsync<ReportingDb, int>(db => db.Feedback.CountAsync(f => codes.Contains(f.TrackingCode))),
            n => n == 10, TimeSpan.FromSeconds(120), "every event written during the outage reaches reporting");
        // Recorded as sent once the dispatcher's round ends: reporting may count an event before the round that
        // published it has finished its other streams and marked its rows.
        await Eventually.HoldsAsync(
            () => _feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)),
            n => n == 0, TimeSpan.FromSeconds(60), "every row written during the outage is recorded as sent");

        // Applied once: one inbox row per event, and no fact twice.
        Assert.Equal(10, await _reporting.QueryAsync<ReportingDb, int>(db => db.Set<InboxMessage>().CountAsync()));
        Assert.Equal(10, await _reporting.QueryAsync<ReportingDb, int>(db => db.Feedback.CountAsync()));
    }
}
