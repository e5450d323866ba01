using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VanPhong.Persistence;

/// <summary>
/// Per-connection SQLite settings. busy_timeout lets SQLite wait for the write lock with its own short back-off
/// instead of returning SQLITE_BUSY at once, which Microsoft.Data.Sqlite would retry only after 150 ms sleeps:
/// under concurrent writers that made the latency tail ten times the median. cache_size (KiB, per pooled
/// connection; SQLite's default is 2 MiB) keeps the pages a search or a report scans in memory between requests.
/// The settings belong to SQLite's connection, which the pool keeps open between uses: they are set once for each,
/// not at every open of a pooled one (three statements per unit of work, several per request, before). So code that
/// changes one of these PRAGMAs on a pooled connection changes it for the connection's next user too: none does (the
/// only other PRAGMA is journal_mode=WAL at migration, a property of the database file).
/// </summary>
internal sealed class SqliteConnectionSettings(string synchronous, int cacheKiB) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = {synchronous}; PRAGMA cache_size = -{cacheKiB};";

    /// <summary>SQLite's connections (the pool's, which outlive the ADO.NET objects opened on them) already set.</summary>
    private readonly ConditionalWeakTable<object, object> _set = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsSet(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            MarkSet(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsSet(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            MarkSet(connection);
        }
    }

    // Marked only once the statements ran, so a connection whose settings failed is set again at its next open. One
    // SQLite connection serves one ADO.NET connection at a time, so two opens never race on one mark.
    private bool IsSet(DbConnection connection) => connection is SqliteConnection { Handle: { } handle } && _set.TryGetValue(handle, out _);

    private void MarkSet(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _set.AddOrUpdate(handle, this);
        }
    }
}
