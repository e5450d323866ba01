using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VanPhong.Persistence;

/// <summary>
/// Per-connection SQLite settings. busy_timeout lets SQLite wait for the write lock with its own short back-off
/// instead of returning SQLITE_BUSY at once, which Microsoft.Data.Sqlite would retry only after 150 ms sleeps:
/// under concurrent writers that made the latency tail ten times the median. cache_size (KiB, per pooled
/// connection; SQLite's default is 2 MiB) keeps the pages a search or a report scans in memory between requests.
/// </summary>
internal sealed class SqliteConnectionSettings(string synchronous, int cacheKiB) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = {synchronous}; PRAGMA cache_size = -{cacheKiB};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }
}
