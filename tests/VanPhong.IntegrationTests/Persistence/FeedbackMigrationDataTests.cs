using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using VanPhong.Feedback.Data;

namespace VanPhong.IntegrationTests.Persistence;

/// <summary>
/// A migration that moves data keeps it: cases stored while the coordinating units were one comma-joined column keep
/// their units, in order, once they are rows of their own (SQLite, the embedded default).
/// </summary>
public sealed class FeedbackMigrationDataTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"vanphong-feedback-migration-{Guid.NewGuid():N}.db");

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Comma_joined_coordinating_units_become_rows_in_their_order()
    {
        var options = new DbContextOptionsBuilder<SqliteFeedbackDb>().UseSqlite($"Data Source={_file}").Options;
        var (two, none, repeated) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var db = new SqliteFeedbackDb(options))
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_StaffListInTheDatabase", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before, _ct);
            await InsertOldCaseAsync(db, two, "QLDT,DNLD");
            await InsertOldCaseAsync(db, none, "");
            await InsertOldCaseAsync(db, repeated, "KHTC,,KHTC,QHXD");
            await db.Database.MigrateAsync(_ct);
        }

        await using (var db = new SqliteFeedbackDb(options))
        {
            var cases = await db.Cases.AsNoTracking().ToDictionaryAsync(c => c.Id, _ct);
            Assert.Equal(new[] { "QLDT", "DNLD" }, cases[two].CoordinatingUnits);
            Assert.Empty(cases[none].CoordinatingUnits);
            Assert.Equal(new[] { "KHTC", "QHXD" }, cases[repeated].CoordinatingUnits);
            Assert.Equal(2, await db.Cases.CountAsync(c => c.Coordination.Any(u => u.UnitCode == "QLDT" || u.UnitCode == "QHXD"), _ct));
            // Filled at start-up by the backfill (it needs the C# folding).
            Assert.All(cases.Values, c => Assert.Null(c.SearchText));
        }
    }

    /// <summary>A row as the schema before the migration held it: every required column given a plain value.</summary>
    private static async Task InsertOldCaseAsync(DbContext db, Guid id, string coordinatingUnits)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var columns = new List<(string Name, string Type)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name, type FROM pragma_table_info('FeedbackCases') WHERE \"notnull\" = 1 AND dflt_value IS NULL";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO FeedbackCases ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select(c => "$" + c.Name))})";
        foreach (var (name, type) in columns)
        {
            insert.Parameters.AddWithValue("$" + name, name switch
            {
                "Id" => id.ToString().ToUpperInvariant(),
                "TrackingCode" => "OLD-" + id.ToString("N")[..12],
                "CoordinatingUnits" => coordinatingUnits,
                "Status" => "Assigned",
                "Kind" => "Reflection",
                "Channel" => "Online",
                "SubmitterType" => "Individual",
                "ReceivedAt" => "2025-05-05 03:00:00",
                "ReceivedOn" or "ClassificationDueOn" => "2025-05-05",
                _ => type == "INTEGER" ? 0 : type == "REAL" ? 0.0 : "x",
            });
        }

        await insert.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
