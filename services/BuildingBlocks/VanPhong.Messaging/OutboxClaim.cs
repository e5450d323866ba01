using Microsoft.EntityFrameworkCore;

namespace VanPhong.Messaging;

/// <summary>
/// The claim of a dispatcher round: one UPDATE that marks the oldest publishable rows as held by this round. A row is
/// publishable when it is not sent, not parked, and of a stream that has no row waiting for a retry or held by another
/// round, so a stream is published in order and by one replica at a time.
/// </summary>
internal static class OutboxClaim
{
    /// <summary>
    /// SQL Server reads the claim's subqueries through this: update locks held to the end of the statement, on the
    /// range read as well as the rows (HOLDLOCK), so a second replica's claim waits until the first one's has
    /// committed and then sees its streams as held. Without it both could read "stream not held" before either wrote,
    /// and each claim rows of one stream. SQLite needs nothing: a statement that writes runs under its one write lock.
    /// </summary>
    internal const string SqlServerLockedRead = "SELECT * FROM [" + MessagingModel.OutboxTable + "] WITH (UPDLOCK, HOLDLOCK)";

    /// <summary>Claims up to <paramref name="batchSize"/> rows for <paramref name="token"/> until <paramref name="until"/>; returns how many.</summary>
    public static Task<int> TakeAsync(DbContext db, string token, DateTime now, DateTime until, int batchSize, CancellationToken cancellationToken)
    {
        var outbox = db.Set<OutboxMessage>();
        var read = db.Database.IsSqlServer() ? outbox.FromSqlRaw(SqlServerLockedRead) : outbox;
        var held = read.Where(m => m.SentAt == null && m.ParkedAt == null && (m.NextAttemptAt > now || m.ClaimedUntil > now)).Select(m => m.StreamKey);
        var next = read
            .Where(m => m.SentAt == null && m.ParkedAt == null && !held.Contains(m.StreamKey))
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Take(batchSize)
            .Select(m => m.Id);
        // The row's own state is checked again in the UPDATE itself, not only in the subquery that chose it: it alone
        // made a row's claim exclusive on SQL Server before the locked read (the UPDATE re-checks its own condition once
        // it holds a row's lock), and it keeps a row from being claimed twice whatever the read saw. Redundant on SQLite.
        return outbox.Where(m => next.Contains(m.Id) && m.SentAt == null && m.ParkedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, token).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
    }
}
