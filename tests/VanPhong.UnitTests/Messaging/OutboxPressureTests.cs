using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VanPhong.Contracts;
using VanPhong.Messaging;

namespace VanPhong.UnitTests.Messaging;

/// <summary>The outbox's back-pressure on intake: a wait only while the backlog is over the limit and being delivered.</summary>
public sealed class OutboxPressureTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync(_ct);
        _services = new ServiceCollection().AddDbContext<PressureDb>(o => o.UseSqlite(_connection)).BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PressureDb>().Database.EnsureCreatedAsync(_ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Under_the_limit_nobody_waits()
    {
        await AddRowsAsync(3);
        var pressure = Pressure(limit: 3, maxWait: TimeSpan.FromMinutes(1));
        pressure.Delivered();

        // A wait would last the whole minute; the 30 s bound would end the test first.
        await pressure.WaitAsync(_ct).WaitAsync(TimeSpan.FromSeconds(30), _ct);
    }

    [Fact]
    public async Task Over_the_limit_while_delivering_the_intake_waits_until_the_backlog_comes_down()
    {
        await AddRowsAsync(5);
        var pressure = Pressure(limit: 2, maxWait: TimeSpan.FromMinutes(1));
        pressure.Delivered();

        var waiting = pressure.WaitAsync(_ct);
        await Task.Delay(300, _ct);
        Assert.False(waiting.IsCompleted);

        // The dispatcher publishes: the rows are recorded sent, and it says so.
        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PressureDb>().Set<OutboxMessage>().ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, Now), _ct);
        }

        pressure.Delivered();
        var waited = await waiting.WaitAsync(TimeSpan.FromSeconds(30), _ct);
        Assert.True(waited >= TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task Nothing_being_delivered_a_broker_outage_makes_nobody_wait_and_parked_rows_do_not_count()
    {
        await AddRowsAsync(5);
        var outage = Pressure(limit: 2, maxWait: TimeSpan.FromMinutes(1));
        // No round has confirmed anything: waiting would not shorten the backlog.
        await outage.WaitAsync(_ct).WaitAsync(TimeSpan.FromSeconds(30), _ct);

        await using (var scope = _services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PressureDb>().Set<OutboxMessage>().ExecuteUpdateAsync(u => u.SetProperty(m => m.ParkedAt, Now), _ct);
        }

        var parked = Pressure(limit: 2, maxWait: TimeSpan.FromMinutes(1));
        parked.Delivered();
        await parked.WaitAsync(_ct).WaitAsync(TimeSpan.FromSeconds(30), _ct);
    }

    [Fact]
    public async Task The_longest_wait_is_bounded_and_then_the_write_goes_ahead()
    {
        await AddRowsAsync(5);
        var pressure = Pressure(limit: 2, maxWait: TimeSpan.FromMilliseconds(200));
        pressure.Delivered();

        var waited = await pressure.WaitAsync(_ct).WaitAsync(TimeSpan.FromSeconds(30), _ct);
        Assert.True(waited >= TimeSpan.FromMilliseconds(200));
    }

    private OutboxPressure<PressureDb> Pressure(int limit, TimeSpan maxWait) =>
        new(_services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new OutboxOptions { IntakeBacklogLimit = limit, IntakeMaxWait = maxWait }));

    private async Task AddRowsAsync(int count)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PressureDb>();
        for (var i = 0; i < count; i++)
        {
            db.Add(OutboxMessage.Create(new OrganisationUnitChanged($"U{i}", $"U{i}", UnitKinds.Office, null, true, Now), Now));
        }

        await db.SaveChangesAsync(_ct);
    }

    private sealed class PressureDb(DbContextOptions<PressureDb> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
    }
}
