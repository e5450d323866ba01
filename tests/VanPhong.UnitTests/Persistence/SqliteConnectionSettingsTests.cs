using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using VanPhong.Persistence;

namespace VanPhong.UnitTests.Persistence;

/// <summary>
/// The SQLite settings are set once per SQLite connection, and every open — of a pooled connection or a new one — has
/// them: a busy timeout (so writers wait for the lock instead of failing), the synchronous level asked for, the cache.
/// </summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vanphong-pragmas-").FullName;

    [Fact]
    public async Task Every_open_has_the_settings_whether_its_SQLite_connection_is_pooled_or_new()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new DbContextOptionsBuilder<Empty>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(new SqliteConnectionSettings("NORMAL", 4096))
            .Options;
        object? pooled = null;
        for (var round = 0; round < 4; round++)
        {
            if (round == 2)
            {
                // This database's pool emptied: the next open is a new SQLite connection, set anew.
                ClearPool();
                pooled = null;
            }

            await using var db = new Empty(options);
            await db.Database.OpenConnectionAsync(ct);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            pooled ??= connection.Handle;
            Assert.Same(pooled, connection.Handle);
            Assert.Equal(10_000L, Scalar(connection, "PRAGMA busy_timeout"));
            Assert.Equal(1L, Scalar(connection, "PRAGMA synchronous")); // NORMAL
            Assert.Equal(-4096L, Scalar(connection, "PRAGMA cache_size"));
        }
    }

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "settings.db")}";

    /// <summary>Set once: a pooled SQLite connection keeps what it was given, so its next open runs no statement again.</summary>
    [Fact]
    public async Task A_pooled_SQLite_connection_is_not_set_again_at_its_next_open()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new DbContextOptionsBuilder<Empty>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(new SqliteConnectionSettings("FULL", 4096))
            .Options;
        await using (var first = new Empty(options))
        {
            await first.Database.OpenConnectionAsync(ct);
            var connection = (SqliteConnection)first.Database.GetDbConnection();
            Assert.Equal(-4096L, Scalar(connection, "PRAGMA cache_size"));
            // A mark the settings would overwrite if they ran again.
            Scalar(connection, "PRAGMA cache_size = -1234; SELECT 0");
        }

        await using var second = new Empty(options);
        await second.Database.OpenConnectionAsync(ct);
        Assert.Equal(-1234L, Scalar((SqliteConnection)second.Database.GetDbConnection(), "PRAGMA cache_size"));
    }

    public void Dispose()
    {
        ClearPool();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Only this test's pool: other tests in the process keep theirs.</summary>
    private void ClearPool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private sealed class Empty(DbContextOptions<Empty> options) : DbContext(options);
}
