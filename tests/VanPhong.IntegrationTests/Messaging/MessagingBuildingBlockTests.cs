using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
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
    protected override async Task ApplyAsync(Ping message, ConsumeContext<Ping> context)
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

public sealed class AlwaysFailingConsumer : IConsumer<Poison>
{
    public Task Consume(ConsumeContext<Poison> context) => throw new InvalidOperationException("this message can never be applied");
}

/// <summary>The inbox and the dead-letter path of the messaging building block, against the real broker.</summary>
public sealed class MessagingBuildingBlockTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly string _state = RepositoryPaths.NewStateDirectory("messaging");
    private IHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = broker.Uri,
            ["Messaging:QueuePrefix"] = "t" + Guid.NewGuid().ToString("N")[..8],
            ["Messaging:RetryLimit"] = "1",
        });
        builder.Services.AddDbContext<CounterDb>(o => o.UseSqlite($"Data Source={Path.Combine(_state, "counter.db")}"));
        builder.AddMessaging<CounterDb>("blocks", "messaging", bus =>
        {
            bus.AddConsumer<CountingConsumer>();
            bus.AddConsumer<AlwaysFailingConsumer>();
        });
        _host = builder.Build();
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CounterDb>().Database.EnsureCreatedAsync(_ct);
        }

        await _host.StartAsync(_ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
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
    public async Task A_message_that_fails_every_retry_lands_in_the_error_queue_and_is_counted()
    {
        string? endpoint = null;
        var deadLettered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = Listen("vanphong.messaging.dead_lettered", tags =>
        {
            var tag = tags.FirstOrDefault(t => t.Key == "endpoint");
            endpoint = tag.Value as string;
            return endpoint?.Contains("always-failing") == true;
        }, deadLettered);

        var poison = new Poison(Guid.NewGuid());
        await _host.Services.GetRequiredService<IBus>().Publish(poison, _ct);
        await deadLettered.Task.WaitAsync(TimeSpan.FromSeconds(30), _ct);

        var factory = new ConnectionFactory { Uri = new Uri(broker.Uri) };
        await using var connection = await factory.CreateConnectionAsync(_ct);
        var message = await Eventually.HoldsAsync(
            async () =>
            {
                // The error queue appears with the first message moved to it; a get before that closes the channel.
                await using var channel = await connection.CreateChannelAsync(cancellationToken: _ct);
                try
                {
                    return await channel.BasicGetAsync($"{endpoint}_error", autoAck: true, _ct);
                }
                catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
                {
                    return null;
                }
            },
            m => m is not null, what: "the message is in the error queue");
        Assert.Contains(poison.Id.ToString(), System.Text.Encoding.UTF8.GetString(message!.Body.Span));
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
