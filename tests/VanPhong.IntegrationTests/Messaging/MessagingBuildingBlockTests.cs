using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;

namespace VanPhong.IntegrationTests.Messaging;

public sealed record Ping(Guid Id);

public sealed record Poison(Guid Id);

/// <summary>A counter that a duplicate delivery would visibly increase twice.</summary>
public sealed class Counter
{
    public int Id { get; set; }

    public int Value { get; set; }
}

public sealed class CounterDb(DbContextOptions<CounterDb> options) : DbContext(options)
{
    public DbSet<Counter> Counters => Set<Counter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

public sealed class CountingConsumer(CounterDb db, TimeProvider clock) : IdempotentConsumer<Ping, CounterDb>(db, clock)
{
    protected override async Task ApplyAsync(Ping message, Delivery delivery)
    {
        var counter = await Db.Counters.SingleOrDefaultAsync(c => c.Id == 1);
        if (counter is null)
        {
            Db.Counters.Add(new Counter { Id = 1, Value = 1 });
        }
        else
        {
            counter.Value++;
        }
    }
}

/// <summary>Fails every delivery until the test "deploys the fix"; then records what it applied.</summary>
public sealed class AlwaysFailingConsumer : IConsumer<Poison>
{
    public static volatile bool Fixed;

    public static readonly System.Collections.Concurrent.ConcurrentBag<Guid> Applied = [];

    public Task Consume(ConsumeContext<Poison> context)
    {
        if (!Fixed)
        {
            throw new InvalidOperationException("this message cannot be applied until the fix is deployed");
        }

        Applied.Add(context.Message.Id);
        return Task.CompletedTask;
    }
}

/// <summary>The inbox and the dead-letter path of the messaging building block, against the real broker.</summary>
public sealed class MessagingBuildingBlockTests(SharedBroker broker) : IAsyncLifetime
{
    /// <summary>This test's own little platform: one service consuming two test messages.</summary>
    private static readonly EventTopology Topology = new([new Subscription("blocks", typeof(Ping)), new Subscription("blocks", typeof(Poison))]);

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly string _state = RepositoryPaths.NewStateDirectory("messaging");
    private IHost _host = null!;
    private bool _disposed;

    public async ValueTask InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker.Uri,
            ["Messaging:Prefix"] = "t" + Guid.NewGuid().ToString("N")[..8],
            ["Messaging:RetryLimit"] = "1",
        });
        builder.Services.AddDbContext<CounterDb>(o => o.UseSqlite($"Data Source={Path.Combine(_state, "counter.db")}"));
        builder.AddMessaging<CounterDb>("blocks", "messaging", [typeof(CountingConsumer), typeof(AlwaysFailingConsumer)], Topology);
        _host = builder.Build();
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CounterDb>().Database.EnsureCreatedAsync(_ct);
        }

        await _host.StartAsync(_ct);

        // These tests publish on the bus directly, not through the outbox (which waits for the topology by itself).
        try
        {
            await _host.Services.GetRequiredService<TopologyDeployer>().Ready.WaitAsync(TimeSpan.FromSeconds(30), _ct);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        // Disposed whatever the stop does: a generic host with the console lifetime that is never disposed keeps the
        // test process from exiting.
        try
        {
            await _host.StopAsync();
        }
        finally
        {
            _host.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_state, recursive: true);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        var duplicateSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = Listen("vanphong.inbox.duplicates", tags => tags.Contains(new("consumer", nameof(CountingConsumer))), duplicateSeen);

        var bus = _host.Services.GetRequiredService<IBus>();
        var messageId = NewId.NextGuid();
        var ping = new Ping(Guid.NewGuid());
        await bus.Publish(ping, context => context.MessageId = messageId, _ct);
        await bus.Publish(ping, context => context.MessageId = messageId, _ct);

        await duplicateSeen.Task.WaitAsync(TimeSpan.FromSeconds(30), _ct);
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CounterDb>();
        Assert.Equal(1, (await db.Counters.SingleAsync(_ct)).Value);
        Assert.Equal(1, await db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId, _ct));
    }

    [Fact]
    public async Task A_message_that_fails_every_retry_lands_in_the_error_queue_is_counted_and_is_re_driven_after_a_fix()
    {
        var queue = _host.Services.GetRequiredService<BrokerSettings>().QueueName(Topology.Subscriptions[1]);
        var deadLettered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = Listen("vanphong.messaging.dead_lettered", tags => tags.Any(t => t.Key == "endpoint" && Equals(t.Value, queue)), deadLettered);

        var poison = new Poison(Guid.NewGuid());
        await _host.Services.GetRequiredService<IBus>().Publish(poison, _ct);
        await deadLettered.Task.WaitAsync(TimeSpan.FromSeconds(30), _ct);

        // Counted where the dashboard reads it, and still there: nothing re-drives it by itself.
        var deadLetters = _host.Services.GetRequiredService<DeadLetters>();
        await Eventually.HoldsAsync(async () => (await deadLetters.CountAsync(_ct)).Single(q => q.Queue == queue).Messages, n => n == 1, what: "the error queue holds the message");
        Assert.DoesNotContain(poison.Id, AlwaysFailingConsumer.Applied);

        // The operator deploys the fix and re-drives the queue: the message is applied, the error queue is empty.
        AlwaysFailingConsumer.Fixed = true;
        Assert.Null(await deadLetters.RedriveAsync("not-a-queue-of-this-service", 10, _ct));
        Assert.Equal(1, await deadLetters.RedriveAsync(queue, 10, _ct));
        await Eventually.HoldsAsync(() => Task.FromResult(AlwaysFailingConsumer.Applied.Contains(poison.Id)), applied => applied, what: "the re-driven message is applied");
        Assert.Equal(0, (await deadLetters.CountAsync(_ct)).Single(q => q.Queue == queue).Messages);
    }

    private static MeterListener Listen(string instrument, Func<KeyValuePair<string, object?>[], bool> match, TaskCompletionSource seen)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == MessagingTelemetry.Name && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            if (match(tags.ToArray()))
            {
                seen.TrySetResult();
            }
        });
        listener.Start();
        return listener;
    }
}
