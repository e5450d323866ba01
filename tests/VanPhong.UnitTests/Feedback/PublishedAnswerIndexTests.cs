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
        // Two the handling never makes, written below by hand: a publication date on a case not published, and a
        // published case without its answer. Neither is published, so neither may be in the index.
        var datedButApproved = StaffListRulesTests.EveryStatus().Single(c => c.Status == FeedbackStatus.Approved);
        var publishedWithoutAnswer = StaffListRulesTests.EveryStatus().Single(c => c.Status == FeedbackStatus.Published);
        cases.AddRange([datedButApproved, publishedWithoutAnswer]);
        for (var i = 0; i < cases.Count; i++)
        {
            cases[i].TrackingCode = $"PAKN-2026-{i + 1:D6}";
        }

        db.Cases.AddRange(cases);
        await db.SaveChangesAsync(_ct);
        await db.Cases.Where(c => c.Id == datedButApproved.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.PublishedAt, DateTime.UtcNow), _ct);
        await db.Cases.Where(c => c.Id == publishedWithoutAnswer.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.PublishedAnswer, (string?)null), _ct);

        var expected = await db.Cases.Where(FeedbackCase.PublishedQuery).Select(c => c.TrackingCode).OrderBy(c => c).ToListAsync(_ct);
        var listed = await PublishedAnswerIndex.Published(db).Select(c => c.TrackingCode).OrderBy(c => c).ToListAsync(_ct);
        Assert.Equal(2, expected.Count); // published, and published then closed
        Assert.Equal(expected, listed);
        Assert.DoesNotContain(datedButApproved.TrackingCode, listed);
        Assert.DoesNotContain(publishedWithoutAnswer.TrackingCode, listed);

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

        var step = Assert.Single(plan);
        Assert.StartsWith("SEARCH FeedbackCases USING", step);
        Assert.Contains($"INDEX {PublishedAnswerIndex.Name} ", step);
    }
}
