using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VanPhong.Persistence;

/// <summary>
/// Per-connection SQLite settings. busy_timeout lets SQLite wait for the write lock with its own short back-off
/// instead of returning SQLITE_BUSY at once, which Microsoft.Data.Sqlite would retry only after 150 ms sleeps:
/// under concurrent writers that made the latency tail ten times the median.
/// </summary>
internal sealed class SqliteConnectionSettings(string synchronous) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA busy_timeout = 10000; PRAGMA synchronous = {synchronous};";

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
