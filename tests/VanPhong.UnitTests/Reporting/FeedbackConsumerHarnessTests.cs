using System.Diagnostics.Metrics;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Feedback;

namespace VanPhong.UnitTests.Reporting;

/// <summary>
/// Reporting's PAKN consumers through MassTransit's in-memory test harness and a SQLite file of the test's own: the same
/// consumer classes, inbox and projections as in production, without a broker, so their rules run in the fast suite
/// (the integration suite still delivers them through RabbitMQ).
/// Every wait is bounded and asynchronous. An earlier form shared one in-memory connection between the consumers' scopes
/// and the test's and waited on the harness's synchronous <c>Consumed.Select</c> (which blocks a thread under a lock for up
/// to the harness's time-out on every call); on a loaded CI machine it hung for half an hour. Each scope now opens its own
/// connection to the file, as in production, and the harness is only asked asynchronously, with a deadline.
/// </summary>
public sealed class FeedbackConsumerHarnessTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"vanphong-harness-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
    private ServiceProvider? _services;
    private ITestHarness? _harness;

    private ITestHarness Harness => _harness ?? throw new InvalidOperationException("The harness did not start.");

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection();
        var connection = new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false, DefaultTimeout = 10 }.ToString();
        services.AddDbContext<ReportingDb, SqliteReportingDb>(options => options.UseSqlite(connection));
        services.AddSingleton<TimeProvider>(_clock);
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddConsumer<FeedbackReceivedConsumer>();
            bus.AddConsumer<FeedbackClassifiedConsumer>();
        });
        _services = services.BuildServiceProvider(validateScopes: true);
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReportingDb>().Database.MigrateAsync().WaitAsync(Bound);
        }

        var harness = _services.GetRequiredService<ITestHarness>();
        harness.TestTimeout = Bound;
        harness.TestInactivityTimeout = TimeSpan.FromSeconds(2);
        await harness.Start().WaitAsync(Bound);
        _harness = harness;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_harness is not null)
            {
                await _harness.Stop().WaitAsync(Bound);
            }
        }
        finally
        {
            if (_services is not null)
            {
                await _services.DisposeAsync();
            }
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm", _file + "-journal" })
            {
                File.Delete(path);
            }
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_classification_before_its_receipt_and_a_receipt_delivered_twice_give_one_row_with_both()
    {
        var id = Guid.NewGuid();
        var received = new FeedbackReceived(id, "PAKN-2026-000042", "implementation-difficulty", "online", "1.009645",
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7)), new DateOnly(2026, 3, 4), Version: 1);
        var classified = new FeedbackClassified(id, received.TrackingCode, "WithinAuthority", received.Category,
            new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(7)), received.ClassificationDueOn, new DateOnly(2026, 3, 31), Version: 2);
        var receivedId = NewId.NextGuid();

        // The harness lists a message once per MessageId, so the repeat is seen through the inbox's own counter.
        var skipped = 0;
        using var duplicates = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "vanphong.inbox.duplicates")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        duplicates.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag is { Key: "consumer", Value: nameof(FeedbackReceivedConsumer) })
                {
                    Interlocked.Add(ref skipped, (int)value);
                }
            }
        });
        duplicates.Start();

        // Separate queues give no order between types; the broker may deliver a message again after a lost ack.
        await Harness.Bus.Publish(classified, context => context.MessageId = NewId.NextGuid(), TestContext.Current.CancellationToken);
        await ConsumedAsync<FeedbackClassified>(1);
        await Harness.Bus.Publish(received, context => context.MessageId = receivedId, TestContext.Current.CancellationToken);
        await ConsumedAsync<FeedbackReceived>(1);
        await Harness.Bus.Publish(received, context => context.MessageId = receivedId, TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow.Add(Bound);
        while (Volatile.Read(ref skipped) == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the repeated receipt was not recognised by the inbox");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await using var scope = _services!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        var fact = await db.Feedback.AsNoTracking().SingleAsync(f => f.FeedbackId == id, TestContext.Current.CancellationToken);
        Assert.Equal("PAKN-2026-000042", fact.TrackingCode);
        Assert.Equal(new DateOnly(2026, 3, 2), fact.ReceivedOn);
        Assert.Equal("WithinAuthority", fact.Outcome);
        Assert.Equal(new DateOnly(2026, 3, 31), fact.AnswerDueOn);
        // The repeated receipt found its inbox row and changed nothing: two events applied, two logged.
        Assert.Equal(2, await db.Set<InboxMessage>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.EventLog.CountAsync(TestContext.Current.CancellationToken));
        // A consumer that throws publishes a fault (its own MessageId), the repeated delivery's included.
        using var now = new CancellationTokenSource();
        await now.CancelAsync();
        Assert.False(await Harness.Published.Any<Fault<FeedbackReceived>>(now.Token));
    }

    private async Task ConsumedAsync<T>(int count)
        where T : class
    {
        // The harness lists a message once its consumer has finished (committed or faulted).
        var deadline = DateTime.UtcNow.Add(Bound);
        List<IReceivedMessage<T>> consumed;
        while ((consumed = await ConsumedNowAsync<T>(_ => true)).Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{typeof(T).Name} consumed {consumed.Count} of {count} times");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.DoesNotContain(consumed, m => m.Exception is not null);
    }

    /// <summary>What the harness has consumed so far, without waiting for more (a cancelled token ends the list at once).</summary>
    private async Task<List<IReceivedMessage<T>>> ConsumedNowAsync<T>(Func<IReceivedMessage<T>, bool> filter)
        where T : class
    {
        using var now = new CancellationTokenSource();
        await now.CancelAsync();
        var messages = new List<IReceivedMessage<T>>();
        await foreach (var message in Harness.Consumed.SelectAsync<T>(now.Token))
        {
            if (filter(message))
            {
                messages.Add(message);
            }
        }

        return messages;
    }
}
