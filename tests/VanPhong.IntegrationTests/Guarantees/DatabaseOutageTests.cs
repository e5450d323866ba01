using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>
/// A consumer whose database cannot be written for a while — here another process holds it locked, as a backup or a
/// long maintenance query would — keeps the messages, retries them, and converges once the database is back: nothing
/// is lost, nothing is applied twice, nothing goes to the error queue.
/// </summary>
public sealed class DatabaseOutageTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private ServiceHost<VanPhong.Feedback.Marker> _feedback = null!;
    private ServiceHost<VanPhong.Reporting.Marker> _reporting = null!;

    public async ValueTask InitializeAsync()
    {
        Dictionary<string, string?> settings = new()
        {
            ["Messaging:Prefix"] = "d" + Guid.NewGuid().ToString("N")[..8],
            ["Feedback:DeadlineWatch:Enabled"] = "false",
            ["Messaging:InfrastructureRetryFor"] = "00:01:30",
        };
        _reporting = new(ResourceNames.ReportingDb, broker.Uri, settings) { ConnectionOptions = "Default Timeout=1" };
        _feedback = new(ResourceNames.FeedbackDb, broker.Uri, settings);
        _reporting.CreateClient();
        _feedback.CreateClient();
        await _reporting.Services.GetRequiredService<TopologyDeployer>().Ready.WaitAsync(TimeSpan.FromSeconds(30), _ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _feedback.DisposeAsync();
        await _reporting.DisposeAsync();
    }

    [Fact]
    public async Task Events_that_arrive_while_the_consumers_database_is_locked_are_applied_once_when_it_is_free_again()
    {
        var client = _feedback.CreateClient();
        using var holder = new SqliteConnection($"Data Source={_reporting.DatabasePath};Pooling=False");
        await holder.OpenAsync(_ct);
        using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync(_ct);
        }

        var codes = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var response = await client.PostAsJsonAsync(RoutePrefixes.PublicFeedback, Submissions.Valid($"Người gửi lúc khóa {i}", phone: "09" + Random.Shared.Next(10_000_000, 99_999_999)), _ct);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            codes.Add((await Submissions.ReadReceiptAsync(response)).TrackingCode);
        }

        // The events left the outbox; reporting cannot write them while the lock is held.
        await Eventually.HoldsAsync(() => _feedback.QueryAsync<VanPhong.Feedback.Data.FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)), n => n == 0,
            what: "the events are published");
        await Task.Delay(TimeSpan.FromSeconds(6), _ct);

        using (var commit = holder.CreateCommand())
        {
            commit.CommandText = "COMMIT";
            await commit.ExecuteNonQueryAsync(_ct);
        }

        await holder.CloseAsync();
        await Eventually.HoldsAsync(() => _reporting.QueryAsync<ReportingDb, int>(db => db.Feedback.CountAsync(f => codes.Contains(f.TrackingCode))), n => n == codes.Count,
            TimeSpan.FromSeconds(90), "every event is applied after the database is free");
        Assert.Equal(codes.Count, await _reporting.QueryAsync<ReportingDb, int>(db => db.Set<InboxMessage>().CountAsync()));
        var deadLetters = await _reporting.Services.GetRequiredService<DeadLetters>().CountAsync(_ct);
        Assert.All(deadLetters, q => Assert.Equal(0, q.Messages));
    }
}
