using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VanPhong.Contracts;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;

namespace VanPhong.IntegrationTests.Messaging;

/// <summary>
/// A replica being stopped (SIGTERM: the host's StopAsync, as Kubernetes does on a rollout or a scale-down) finishes the
/// outbox round it has begun before it exits, instead of leaving its claimed rows to another replica or its restart.
/// </summary>
public sealed class GracefulShutdownTests(SharedBroker broker) : IAsyncLifetime
{
    private const int Rows = 1000;

    /// <summary>Another service consumes the events: this one only publishes, and the queue keeps what it sent.</summary>
    private static readonly EventTopology Topology = new([new Subscription("elsewhere", typeof(FeedbackPublished))]);

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly string _state = RepositoryPaths.NewStateDirectory("shutdown");
    private IHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker.Uri,
            ["Messaging:Prefix"] = "t" + Guid.NewGuid().ToString("N")[..8],
            // One round of every row, one publish at a time: a round that lasts long enough to be stopped halfway.
            ["Messaging:Outbox:BatchSize"] = Rows.ToString(),
            ["Messaging:Outbox:PublishConcurrency"] = "1",
            ["Messaging:Outbox:PollInterval"] = "00:00:00.100",
        });
        builder.Services.AddDbContext<CounterDb>(o => o.UseSqlite($"Data Source={Path.Combine(_state, "shutdown.db")}"));
        builder.AddMessaging<CounterDb>("shutdown", "messaging", [], Topology);
        _host = builder.Build();
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CounterDb>().Database.EnsureCreatedAsync(_ct);
        }

        await _host.StartAsync(_ct);
        await _host.Services.GetRequiredService<TopologyDeployer>().Ready.WaitAsync(TimeSpan.FromSeconds(30), _ct);
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_state, recursive: true);
    }

    [Fact]
    public async Task A_stopped_service_finishes_the_outbox_round_it_began_before_it_exits()
    {
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CounterDb>();
            for (var i = 0; i < Rows; i++)
            {
                db.AddEvent(new FeedbackPublished(Guid.NewGuid(), $"PA-{i:D4}", DateTimeOffset.UtcNow), TimeProvider.System);
            }

            await db.SaveChangesAsync(_ct);
        }

        // The round has claimed its rows (and has not recorded them yet): stop now.
        await Eventually.HoldsAsync(() => Query(db => db.Set<OutboxMessage>().CountAsync(m => m.ClaimedBy != null)), n => n > 0,
            TimeSpan.FromSeconds(30), "the dispatcher begins its round");
        await _host.StopAsync(CancellationToken.None);

        Assert.Equal(0, await Query(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)));
        Assert.Equal(0, await Query(db => db.Set<OutboxMessage>().CountAsync(m => m.ClaimedBy != null)));
    }

    private async Task<T> Query<T>(Func<CounterDb, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CounterDb>());
    }
}
