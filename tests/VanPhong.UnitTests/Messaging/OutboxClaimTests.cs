using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VanPhong.Contracts;
using VanPhong.Messaging;

namespace VanPhong.UnitTests.Messaging;

/// <summary>
/// The dispatcher's claim serialises replicas by provider: SQL Server through lock hints on the claim's reads (no
/// server runs here, so the statement EF Core sends is captured instead of executed), SQLite through its write lock.
/// </summary>
public sealed class OutboxClaimTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task On_SQL_Server_both_reads_of_the_claim_hold_update_and_range_locks()
    {
        var captured = new CapturedStatements();
        await using var db = new OutboxOnlyDb(new DbContextOptionsBuilder<OutboxOnlyDb>()
            .UseSqlServer("Server=not-contacted;Database=outbox")
            .AddInterceptors(captured)
            .Options);

        await OutboxClaim.TakeAsync(db, "replica-a", Now, Now.AddSeconds(20), 200, TestContext.Current.CancellationToken);

        var update = Assert.Single(captured.Statements);
        Assert.StartsWith("UPDATE", update.TrimStart(), StringComparison.Ordinal);
        // One for the rows chosen, one for the streams already held.
        Assert.Equal(2, update.Split("WITH (UPDLOCK, HOLDLOCK)").Length - 1);
    }

    [Fact]
    public async Task On_SQLite_the_claim_takes_the_oldest_rows_of_streams_no_other_round_holds()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var db = new OutboxOnlyDb(new DbContextOptionsBuilder<OutboxOnlyDb>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        var heldStream = UnitChange("HELD", Now.AddMinutes(-3));
        heldStream.ClaimedBy = "replica-b";
        heldStream.ClaimedUntil = Now.AddSeconds(10);
        var waitingBehindIt = UnitChange("HELD", Now.AddMinutes(-2));
        var free = UnitChange("FREE", Now.AddMinutes(-1));
        db.AddRange(heldStream, waitingBehindIt, free);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var claimed = await OutboxClaim.TakeAsync(db, "replica-a", Now, Now.AddSeconds(20), 200, TestContext.Current.CancellationToken);

        Assert.Equal(1, claimed);
        Assert.Equal([free.Id], await db.Set<OutboxMessage>().Where(m => m.ClaimedBy == "replica-a").Select(m => m.Id).ToListAsync(TestContext.Current.CancellationToken));
    }

    private static OutboxMessage UnitChange(string code, DateTime occurredAt) =>
        OutboxMessage.Create(new OrganisationUnitChanged(code, code, UnitKinds.Office, null, true, occurredAt), occurredAt);

    private sealed class OutboxOnlyDb(DbContextOptions<OutboxOnlyDb> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
    }

    /// <summary>Pretends the connection opened and every command ran, keeping the text of each.</summary>
    private sealed class CapturedStatements : DbCommandInterceptor, IDbConnectionInterceptor
    {
        public List<string> Statements { get; } = [];

        public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Statements.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(0));
        }
    }
}
