using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Notifications;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Notifications;

/// <summary>Units are reminded of PAKN due soon and overdue once a day; the office gets its digest, the leadership what waits for it.</summary>
public sealed class DeadlineReminderTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private async Task<FeedbackFlow.Submitted> CaseAsync(DateTimeOffset receivedAt, string status)
    {
        P.FeedbackClock.AdjustTime(receivedAt);
        return await FeedbackFlow.InStatusAsync(P, status, Submissions.Valid(phone: "09" + Random.Shared.Next(10_000_000, 99_999_999)));
    }

    [Fact]
    public async Task A_case_due_soon_and_one_overdue_remind_their_unit_once_however_often_the_watch_runs()
    {
        await P.WaitForUnitsAsync();
        await Eventually.HoldsAsync(() => P.Feedback.QueryAsync<FeedbackDb, bool>(db => db.Units.AnyAsync(u => u.Code == "QLDT" && u.Email != null)), known => known, what: "the feedback service knows the units' mailboxes");
        // Monday 01/06/2026: answer due 15/06; Monday 08/06: due 22/06. The watch runs on Thursday 18/06.
        var overdue = await CaseAsync(new DateTimeOffset(2026, 6, 1, 9, 0, 0, Vietnam), "InProgress");
        var dueSoon = await CaseAsync(new DateTimeOffset(2026, 6, 8, 9, 0, 0, Vietnam), "InProgress");
        var waiting = await CaseAsync(new DateTimeOffset(2026, 6, 8, 10, 0, 0, Vietnam), "AnswerDrafted");
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2026, 6, 18, 6, 30, 0, Vietnam));
        var office = await P.ClientForAsync(TestUsers.Office);

        var first = await office.PostAsync($"{RoutePrefixes.Feedback}/deadlines/run", null, _ct);
        var second = await office.PostAsync($"{RoutePrefixes.Feedback}/deadlines/run", null, _ct);

        Assert.True(first.IsSuccessStatusCode && second.IsSuccessStatusCode);
        Assert.Equal(0, (await second.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("reminders").GetInt32());
        var mail = await Eventually.HoldsAsync(() => Task.FromResult(P.Mail.Messages.Where(m => m.Subject.StartsWith("[Nhắc hạn]", StringComparison.Ordinal)).ToList()),
            m => m.Any(x => x.Subject.Contains(overdue.Code)) && m.Any(x => x.Subject.Contains(dueSoon.Code)), what: "both reminders");
        var late = Assert.Single(mail, m => m.Subject.Contains(overdue.Code));
        Assert.Equal($"[Nhắc hạn] PAKN {overdue.Code} đã quá hạn 15/06/2026", late.Subject);
        Assert.Equal(["qldt@kkt-vanphong.example.vn"], late.To);
        Assert.Contains("đã quá hạn trả lời 3 ngày làm việc", late.TextBody);
        var soon = Assert.Single(mail, m => m.Subject.Contains(dueSoon.Code));
        Assert.Equal($"[Nhắc hạn] PAKN {dueSoon.Code} sắp đến hạn 22/06/2026", soon.Subject);

        var digest = await Eventually.HoldsAsync(() => Task.FromResult(P.Mail.Messages.Where(m => m.Subject.StartsWith("[Tổng hợp]", StringComparison.Ordinal)).ToList()), m => m.Count > 0, what: "the office's digest");
        var theDigest = Assert.Single(digest);
        Assert.Equal(["vanphong@kkt-vanphong.example.vn"], theDigest.To);
        Assert.Contains(overdue.Code, theDigest.TextBody.Split("Quá hạn:")[1]);
        Assert.Contains(waiting.Code, theDigest.TextBody.Split("Chờ Lãnh đạo Ban duyệt trả lời:")[1]);

        // The leadership has no mailbox in the seeded units: what waits for it is recorded as not sent, with the reason.
        var leadership = await P.Feedback.QueryAsync<FeedbackDb, OutgoingMail?>(db => db.Set<OutgoingMail>().AsNoTracking().SingleOrDefaultAsync(m => m.Key == "feedback/digest/leadership/2026-06-18"));
        Assert.NotNull(leadership!.FailedAt);
        Assert.Contains("chưa có địa chỉ thư điện tử", leadership.LastError);

        var history = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/{dueSoon.Id}", _ct);
        Assert.Contains("reminder.due-soon", history.GetProperty("mail").EnumerateArray().Select(m => m.GetProperty("template").GetString()));
        Assert.Equal(1, await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Set<OutgoingMail>().CountAsync(m => m.Key.StartsWith($"feedback/{overdue.Id:N}/reminder/"))));
    }
}
