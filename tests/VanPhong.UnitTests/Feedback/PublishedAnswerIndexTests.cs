using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;

namespace VanPhong.UnitTests.Feedback;

/// <summary>The public list of answers reads the published cases through their index, and they are the published ones.</summary>
public sealed class PublishedAnswerIndexTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_index_holds_exactly_the_published_cases_and_the_list_reads_it()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(_ct);
        await using var db = new SqliteFeedbackDb(new DbContextOptionsBuilder<SqliteFeedbackDb>().UseSqlite(connection).Options);
        await db.Database.MigrateAsync(_ct);
        var cases = StaffListRulesTests.EveryStatus().ToList();
        // Published, then reopened: what was published no longer stands.
        var reopened = StaffListRulesTests.EveryStatus().Single(c => c.Status == FeedbackStatus.Published);
        reopened.Reopen("Người gửi chưa đồng ý", new DateOnly(2026, 7, 1), new Actor("Văn phòng", "VP"), DateTimeOffset.UtcNow);
        cases.Add(reopened);
        for (var i = 0; i < cases.Count; i++)
        {
            cases[i].TrackingCode = $"PAKN-2026-{i + 1:D6}";
        }

        db.Cases.AddRange(cases);
        await db.SaveChangesAsync(_ct);

        var expected = await db.Cases.Where(FeedbackCase.PublishedQuery).Select(c => c.TrackingCode).OrderBy(c => c).ToListAsync(_ct);
        var listed = await PublishedAnswerIndex.Published(db).Select(c => c.TrackingCode).OrderBy(c => c).ToListAsync(_ct);
        Assert.Equal(2, expected.Count); // published, and published then closed
        Assert.Equal(expected, listed);
        Assert.Equal(expected, cases.Where(c => c.IsPublished).Select(c => c.TrackingCode).Order());

        // The count of a filtered page, as the list asks it, reads the index and not the status index or the table.
        var sql = PublishedAnswerIndex.Published(db).Where(c => c.Category == "implementation-difficulty" && c.PublishedSearch!.Contains("giay")).Select(c => c.TrackingCode).ToQueryString();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(_ct))
        {
            while (await reader.ReadAsync(_ct))
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Equal($"SEARCH FeedbackCases USING INDEX {PublishedAnswerIndex.Name} (PublishedAt>?)", Assert.Single(plan));
    }
}
