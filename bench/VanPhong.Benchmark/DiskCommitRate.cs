using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace VanPhong.Benchmark;

/// <summary>
/// What the disk allows: transactions of two inserted rows (a record and its outbox row) committed one after another
/// on one connection, with the services' settings (WAL, synchronous=FULL), on the disk the services write to.
/// </summary>
internal static class DiskCommitRate
{
    public static double Measure(string directory, TimeSpan duration)
    {
        var path = Path.Combine(directory, "disk-commit-rate.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE IF NOT EXISTS record (id INTEGER PRIMARY KEY, body TEXT); CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, payload TEXT);");
            using var record = connection.CreateCommand();
            record.CommandText = "INSERT INTO record (body) VALUES ($b)";
            record.Parameters.AddWithValue("$b", new string('x', 400));
            using var outbox = connection.CreateCommand();
            outbox.CommandText = "INSERT INTO outbox (payload) VALUES ($p)";
            outbox.Parameters.AddWithValue("$p", new string('y', 600));
            var commits = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < duration)
            {
                using var transaction = connection.BeginTransaction();
                record.Transaction = transaction;
                outbox.Transaction = transaction;
                record.ExecuteNonQuery();
                outbox.ExecuteNonQuery();
                transaction.Commit();
                commits++;
            }

            watch.Stop();
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return commits / watch.Elapsed.TotalSeconds;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
