using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Security;
using VanPhong.Plans.Documents;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Plans;

/// <summary>
/// Due dates the plan's words give (a deadline in the expected result) and those they do not ("Theo tiến độ của tỉnh"):
/// the latter wait on the office's "needs a date" list, without blocking the plan, until a person sets one.
/// </summary>
public sealed class DueDateTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task The_seeded_plan_takes_V_1_1s_deadline_from_its_expected_result()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "V.1.1");
        Assert.Equal("Trong năm 2023", item.Timeframe);
        Assert.Equal(new DateOnly(2023, 7, 29), item.DueOn); // "trước ngày 30/7/2023"
        Assert.Contains("trước ngày 30/7/2023", item.Interpreted.GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_task_on_the_provinces_schedule_waits_on_the_list_until_the_office_sets_its_date()
    {
        await P.WaitForUnitsAsync();
        var office = await P.ClientForAsync(TestUsers.Office);
        var year = PlanFixtures.NextYear();
        var document = new PlanDocument(year, $"Kế hoạch kiểm soát thủ tục hành chính năm {year}", null, null, null, null, null, [], 0, null, null,
        [
            new SectionDocument("III", "Một cửa", [
                new ItemDocument("III.3", null, false, "Chuẩn hóa kết quả giải quyết TTHC", "Theo tiến độ của tỉnh", "Văn phòng", null, "Danh mục kết quả chuẩn hóa"),
            ]),
            new SectionDocument("V", "Rà soát", [
                new ItemDocument("V.1", null, false, "Rà soát, đánh giá TTHC", $"Trong năm {year}", "Văn phòng", null, $"Báo cáo gửi Văn phòng UBND tỉnh trước ngày 30/7/{year}."),
            ]),
            new SectionDocument("VII", "Truyền thông", [
                new ItemDocument("VII.2", null, false, "Tham gia tập huấn", "Theo yêu cầu và Kế hoạch của Văn phòng UBND tỉnh", "Văn phòng", null, null),
            ]),
        ]);
        var created = await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/import", document, _ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var planId = (await created.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();

        // Tasks without a date do not block issuing the plan.
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsync($"{RoutePrefixes.Plans}/{planId}/issue", null, _ct)).StatusCode);
        Assert.Equal(["III.3", "VII.2"], await NeedsDateAsync(office, planId));
        var review = await PlanClient.ItemAsync(P, planId, "V.1");
        Assert.Equal(new DateOnly(year, 7, 29), review.DueOn);

        // Bad input is told back in Vietnamese; a task whose date the plan gives cannot be re-dated here.
        var third = await PlanClient.ItemAsync(P, planId, "III.3");
        var missing = await office.PutAsJsonAsync($"{RoutePrefixes.Plans}/items/{third.Id}/due-date", new { dueOn = $"{year + 3}-01-10" }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Contains("căn cứ", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Contains($"năm {year}", problem.GetProperty("errors").GetProperty("dueOn")[0].GetString());
        var dated = await office.PutAsJsonAsync($"{RoutePrefixes.Plans}/items/{review.Id}/due-date", new { dueOn = $"{year}-10-01", reason = "Thử đổi hạn" }, _ct);
        Assert.Equal(HttpStatusCode.Conflict, dated.StatusCode);
        Assert.Equal(new DateOnly(year, 7, 29), (await PlanClient.ItemAsync(P, planId, "V.1")).DueOn);

        // The office sets III.3's date from the province's letter: off the list, the reason kept, reporting told.
        var set = await office.PutAsJsonAsync($"{RoutePrefixes.Plans}/items/{third.Id}/due-date", new { dueOn = $"{year}-09-30", reason = "Văn bản 1234/UBND-KSTT của UBND tỉnh nêu tiến độ" }, _ct);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var view = await set.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal($"{year}-09-30", view.GetProperty("dueOn").GetString());
        Assert.False(view.GetProperty("interpreted").GetProperty("needsDate").GetBoolean());
        Assert.Equal("Văn bản 1234/UBND-KSTT của UBND tỉnh nêu tiến độ", view.GetProperty("interpreted").GetProperty("dueSet").GetProperty("reason").GetString());
        Assert.Equal(["VII.2"], await NeedsDateAsync(office, planId));
        await Eventually.HoldsAsync(
            () => P.Reporting.QueryAsync<ReportingDb, DateOnly?>(db => db.PlanItems.Where(f => f.ItemId == third.Id).Select(f => f.DueOn).SingleOrDefaultAsync()),
            due => due == new DateOnly(year, 9, 30), what: "reporting's copy of the due date");

        // Editing the task's other words keeps the date a person set; the timeframe naming a date takes over.
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"{RoutePrefixes.Plans}/items/{third.Id}", new { expectedResult = "Danh mục kết quả chuẩn hóa được cập nhật" }, _ct)).StatusCode);
        Assert.Equal(new DateOnly(year, 9, 30), (await PlanClient.ItemAsync(P, planId, "III.3")).DueOn);
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"{RoutePrefixes.Plans}/items/{third.Id}", new { timeframe = $"Trước ngày 15/8/{year}" }, _ct)).StatusCode);
        var retimed = await PlanClient.ItemAsync(P, planId, "III.3");
        Assert.Equal(new DateOnly(year, 8, 14), retimed.DueOn);
        Assert.True(!retimed.Interpreted.TryGetProperty("dueSet", out var dueSet) || dueSet.ValueKind == JsonValueKind.Null);
    }

    private async Task<List<string>> NeedsDateAsync(HttpClient office, Guid planId) =>
        (await office.GetFromJsonAsync<List<PlanClient.Item>>($"{RoutePrefixes.Plans}/{planId}/items?needsDate=true", _ct))!.Select(i => i.Code).ToList();
}
