using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Plans.Data;
using VanPhong.Plans.Documents;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Plans;

/// <summary>Đôn đốc with a clock that crosses Tết Giáp Thìn (08–14/02/2024) and a weekend; reminders really go out by mail.</summary>
public sealed class UrgingTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Due_soon_and_overdue_follow_the_working_day_calendar_and_remind_the_unit_by_mail()
    {
        await P.WaitForUnitsAsync();
        var office = await P.ClientForAsync(TestUsers.Office);
        // The 2023 plan is over: closed plans are no longer urged.
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync($"{RoutePrefixes.Plans}/{await PlanClient.SeededPlanAsync(P)}/close", null, _ct)).StatusCode);
        var plan = new PlanDocument(2024, "Kế hoạch kiểm soát thủ tục hành chính năm 2024", "5/QĐ-KKT", new DateOnly(2024, 1, 15), null, null, null, [], 0, null, null,
        [
            new SectionDocument("V", "Rà soát, đánh giá TTHC", [
                new ItemDocument("V.1", null, false, "Gửi báo cáo rà soát TTHC quý I", "Trước ngày 20/2/2024", "Văn phòng", null, "Báo cáo"),
                new ItemDocument("V.2", null, false, "Trình phương án đơn giản hóa", "Trước ngày 5/3/2024", "Văn phòng", null, "Tờ trình"),
            ]),
        ]);
        var created = await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/import", plan, _ct);
        var planId = (await created.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"{RoutePrefixes.Plans}/{planId}/issue", null, _ct)).StatusCode);
        var first = await PlanClient.ItemAsync(P, planId, "V.1");
        var second = await PlanClient.ItemAsync(P, planId, "V.2");
        Assert.Equal(new DateOnly(2024, 2, 19), first.DueOn);

        // Wednesday 07/02, the eve of Tết: counting working days, 19/02 is only three away (15, 16, 19/02).
        var day1 = await RunOnAsync(office, new DateOnly(2024, 2, 7));
        Assert.Equal(1, day1.GetProperty("dueSoon").GetInt32());
        var mail = await Eventually.HoldsAsync(() => Task.FromResult(P.Mail.Messages.FirstOrDefault(m => m.Subject.Contains("Nhiệm vụ V.1 "))), m => m is not null, what: "the reminder mail");
        Assert.Equal("[Đôn đốc] Nhiệm vụ V.1 sắp đến hạn 19/02/2024", mail!.Subject);
        Assert.Equal(["vanphong@kkt-vanphong.example.vn"], mail.To);
        Assert.Contains("Gửi báo cáo rà soát TTHC quý I", mail.TextBody);
        Assert.True(await P.Plans.QueryAsync<PlansDb, bool>(db => db.Set<OutboxMessage>().AnyAsync(m => m.Type.EndsWith("PlanItemDueSoon") && m.Payload.Contains(first.Id.ToString()))));

        // The same day again: nothing is sent twice.
        Assert.Equal(0, (await RunOnAsync(office, new DateOnly(2024, 2, 7))).GetProperty("remindersSent").GetInt32());

        // Tuesday 20/02, after the weekend: V.1 is overdue; V.2 (due 04/03) is still nine working days away.
        var day2 = await RunOnAsync(office, new DateOnly(2024, 2, 20));
        Assert.Equal((0, 1), (day2.GetProperty("dueSoon").GetInt32(), day2.GetProperty("overdue").GetInt32()));
        Assert.Equal("Overdue", (await PlanClient.ItemAsync(P, planId, "V.1")).Status);
        Assert.Equal("NotStarted", (await PlanClient.ItemAsync(P, planId, "V.2")).Status);

        // Monday 26/02: V.2 is five working days away (27, 28, 29/02, 01, 04/03).
        var day3 = await RunOnAsync(office, new DateOnly(2024, 2, 26));
        Assert.Equal(1, day3.GetProperty("dueSoon").GetInt32());

        // Delivered once the mail outbox has sent the reminder's mail.
        var leader = await P.ClientForAsync(TestUsers.Leader);
        var rows = await Eventually.HoldsAsync(
            async () => (await leader.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Plans}/urging", _ct))!.Where(r => r.GetProperty("planId").GetGuid() == planId).ToList(),
            r => r.Count == 2 && r[0].GetProperty("reminders").EnumerateArray().All(m => m.GetProperty("delivered").GetBoolean()), what: "the reminders are delivered");
        Assert.Equal(["V.1", "V.2"], rows.Select(r => r.GetProperty("item").GetProperty("code").GetString()));
        Assert.Equal("Quá hạn", rows[0].GetProperty("situation").GetString());
        Assert.Equal(2, rows[0].GetProperty("reminders").GetArrayLength());
        Assert.True(rows[0].GetProperty("reminders")[0].GetProperty("delivered").GetBoolean());
        Assert.Equal(second.Id, rows[1].GetProperty("item").GetProperty("id").GetGuid());
    }

    private async Task<JsonElement> RunOnAsync(HttpClient office, DateOnly day)
    {
        P.PlansClock.AdjustTime(new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(7)));
        var response = await office.PostAsync($"{RoutePrefixes.Plans}/urging/run", null, _ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
    }
}
