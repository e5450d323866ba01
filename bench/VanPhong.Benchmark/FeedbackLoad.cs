using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.Text;

namespace VanPhong.Benchmark;

/// <summary>
/// Fills the feedback database the system will start on with a large register: the requested number of PAKN over
/// three years, spread over statuses, units (some coordinated by a second unit), categories and texts, of which every
/// tenth is a published answer. One case is stored through the service's own model (so every column has the value the
/// service writes); the rest are copies of it made by SQL, with the columns the lists filter on varied.
/// </summary>
internal static class FeedbackLoad
{
    public static readonly string[] Units = ["QLDT", "QHXD", "TNMT", "DNLD", "VP"];
    public static readonly string[] Categories = ["implementation-difficulty", "regulation-content", "procedure-burden", "staff-conduct", "other"];

    /// <summary>Words the staff and citizens search for, one phrase per case in turn.</summary>
    public static readonly string[] Phrases =
    [
        "Thủ tục cấp giấy phép xây dựng kéo dài hơn quy định",
        "Hồ sơ đăng ký đầu tư bị yêu cầu bổ sung nhiều lần",
        "Phí thẩm định báo cáo đánh giá tác động môi trường chưa rõ",
        "Giấy phép lao động cho người nước ngoài chậm trả kết quả",
        "Thành phần hồ sơ điều chỉnh chủ trương đầu tư trùng lặp",
        "Cán bộ một cửa hướng dẫn chưa đầy đủ",
        "Quy định về ưu đãi đầu tư trong khu kinh tế khó áp dụng",
    ];

    private static readonly string[] Statuses = ["Received", "Assigned", "InProgress", "AnswerDrafted", "Answered", "Closed", "Assigned", "InProgress", "Closed"];

    public sealed record Result(int Cases, int Published, TimeSpan Took);

    public static async Task<Result> RunAsync(string databasePath, int cases)
    {
        var watch = Stopwatch.StartNew();
        var options = new DbContextOptionsBuilder<SqliteFeedbackDb>().UseSqlite($"Data Source={databasePath}").Options;
        Guid template;
        await using (var db = new SqliteFeedbackDb(options))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            var now = DateTime.UtcNow;
            var model = new FeedbackCase
            {
                TrackingCode = "PAKN-1999-000000",
                LookupKeyHash = new string('0', 64),
                Kind = FeedbackKind.Reflection,
                Category = Categories[0],
                Channel = FeedbackChannel.Online,
                Content = Phrases[0],
                Submitter = new Submitter { Name = "Người thử tải", Address = "Khu kinh tế Vân Phong, Khánh Hòa", Phone = "0900000000" },
                ConsentToPublish = true,
                PrivacyNoticeVersion = VanPhong.Feedback.Privacy.PrivacyNotice.CurrentVersion,
                ConsentedAt = now,
                ReceivedAt = now,
                ReceivedOn = DateOnly.FromDateTime(now),
                ClassificationDueOn = DateOnly.FromDateTime(now),
                AnswerDueOn = DateOnly.FromDateTime(now),
            };
            db.Cases.Add(model);
            await db.SaveChangesAsync();
            template = model.Id;
        }

        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA synchronous=OFF;");
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('FeedbackCases')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var day = "date('2024-01-01', '+' || (i * 7 % 1000) || ' days')";
        var status = $"CASE WHEN i % 10 = 0 THEN 'Published' ELSE {Pick(Statuses, "i % 9")} END";
        var overrides = new Dictionary<string, string>
        {
            ["Id"] = "printf('%08X-0000-4000-8000-%012X', i, i)",
            ["TrackingCode"] = "printf('PAKN-%04d-%06d', 2024 + i / 1000000, i % 1000000)",
            ["Status"] = status,
            ["LeadUnit"] = $"CASE WHEN ({status}) = 'Received' THEN NULL ELSE {Pick(Units, "i % 5")} END",
            ["Category"] = Pick(Categories, "i % 5"),
            ["Content"] = $"{Pick(Phrases, "i % 7")} || ' (số ' || i || ')'",
            ["SearchText"] = $"printf('pakn-%04d-%06d', 2024 + i / 1000000, i % 1000000) || ' ' || {Pick(Phrases.Select(VietnameseText.Fold).ToArray(), "i % 7")} || ' (so ' || i || ')'",
            ["ReceivedOn"] = day,
            ["ReceivedAt"] = $"{day} || ' 08:00:00'",
            ["ConsentedAt"] = $"{day} || ' 08:00:00'",
            ["ClassificationDueOn"] = $"date({day}, '+7 days')",
            ["AnswerDueOn"] = $"date({day}, '+15 days')",
            // FeedbackCase.CurrentDueOn: the due date of the step under way, as every save writes it.
            ["CurrentDueOn"] = $"CASE ({status}) WHEN 'Received' THEN date({day}, '+7 days') WHEN 'Answered' THEN t.\"PublicationDueOn\" WHEN 'Closed' THEN NULL WHEN 'Published' THEN NULL ELSE date({day}, '+15 days') END",
            ["SubmitterPhone"] = "printf('09%08d', i)",
            ["PublishedAt"] = $"CASE WHEN i % 10 = 0 THEN date({day}, '+20 days') || ' 09:00:00' ELSE NULL END",
            ["PublishedQuestion"] = $"CASE WHEN i % 10 = 0 THEN {Pick(Phrases, "i % 7")} ELSE NULL END",
            ["PublishedAnswer"] = "CASE WHEN i % 10 = 0 THEN 'Ban quản lý đã rà soát và hướng dẫn thực hiện theo quy định hiện hành.' ELSE NULL END",
            ["PublishedSearch"] = $"CASE WHEN i % 10 = 0 THEN printf('pakn-%04d-%06d', 2024 + i / 1000000, i % 1000000) || ' ' || {Pick(Phrases.Select(VietnameseText.Fold).ToArray(), "i % 7")} || ' ban quan ly da ra soat va huong dan thuc hien theo quy dinh hien hanh.' ELSE NULL END",
        };
        var select = string.Join(", ", columns.Select(c => overrides.TryGetValue(c, out var e) ? e : $"t.\"{c}\""));
        const int chunk = 100_000;
        for (var from = 1; from <= cases; from += chunk)
        {
            var to = Math.Min(cases, from + chunk - 1);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await Execute(connection, $"""
                WITH RECURSIVE n(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM n WHERE i < {to})
                INSERT INTO FeedbackCases ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
                SELECT {select} FROM n, FeedbackCases t WHERE t.Id = '{template.ToString().ToUpperInvariant()}';
                WITH RECURSIVE n(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM n WHERE i < {to})
                INSERT INTO FeedbackCoordinatingUnits (FeedbackId, UnitCode, Position)
                SELECT printf('%08X-0000-4000-8000-%012X', i, i), {Pick(Units, "(i + 1) % 5")}, 0 FROM n WHERE i % 10 = 3;
                """, transaction);
            await transaction.CommitAsync();
        }

        await Execute(connection, $"DELETE FROM FeedbackCases WHERE Id = '{template.ToString().ToUpperInvariant()}'; ANALYZE;");
        return new Result(cases, cases / 10, watch.Elapsed);
    }

    private static string Pick(string[] values, string index) =>
        $"CASE {index} {string.Join(" ", values.Select((v, k) => $"WHEN {k} THEN '{v.Replace("'", "''")}'"))} END";

    private static async Task Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }
}
