using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Plans.Data;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Plans;

/// <summary>The plan registry through the gateway: the seeded 2023 plan, carrying it out, and bad input.</summary>
public sealed class SeededPlanTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>, IDisposable
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    public void Dispose() => P.ResetClocks();

    [Fact]
    public async Task The_seeded_2023_plan_shows_every_item_with_its_units_and_interpreted_timeframe()
    {
        await P.WaitForUnitsAsync();
        var planId = await PlanClient.SeededPlanAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);
        var plan = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/{planId}", _ct);

        Assert.Equal("Issued", plan.GetProperty("status").GetString());
        Assert.Equal(20_000_000, plan.GetProperty("budget").GetInt64());
        var items = plan.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(29, items.Count(i => !i.GetProperty("isGroup").GetBoolean()));
        Assert.Equal(8, plan.GetProperty("sections").GetArrayLength());

        var deadline = await PlanClient.ItemAsync(P, planId, "V.1.2");
        Assert.Equal("Deadline", deadline.Interpreted.GetProperty("kind").GetString());
        Assert.Equal(new DateOnly(2023, 8, 14), deadline.DueOn);
        Assert.Equal("Văn phòng", Assert.Single(deadline.LeadUnits).Name);

        var relative = await PlanClient.ItemAsync(P, planId, "III.6");
        Assert.Equal("30 ngày làm việc kể từ ngày công bố TTHC", relative.Interpreted.GetProperty("relativeRule").GetString());
        Assert.Equal("procedures-with-internal-procedure", Assert.Single(relative.Targets).GetProperty("metric").GetString());
        Assert.Equal("Các phòng chuyên môn", Assert.Single(relative.LeadUnits).Name);

        var external = await PlanClient.ItemAsync(P, planId, "III.3");
        Assert.Equal("External", external.Interpreted.GetProperty("kind").GetString());
        Assert.Null(external.DueOn);
        Assert.Null(external.ReviewNote);
    }

    [Fact]
    public async Task A_unit_carries_an_item_from_not_started_to_completed_with_evidence_and_reporting_sees_it()
    {
        await P.WaitForUnitsAsync();
        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "III.10"); // lead: Bộ phận Một cửa + các phòng chuyên môn
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        P.PlansClock.AdjustTime(new DateTimeOffset(2023, 9, 20, 9, 0, 0, TimeSpan.FromHours(7)));

        var started = await unit.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{item.Id}/progress", new { percent = 40, narrative = "Đã hướng dẫn doanh nghiệp nộp hồ sơ trực tuyến." }, _ct);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal("InProgress", (await started.Content.ReadFromJsonAsync<PlanClient.Item>(_ct))!.Status);

        var withoutEvidence = await unit.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{item.Id}/progress", new { percent = 100, status = "Completed", narrative = "Hoàn thành." }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, withoutEvidence.StatusCode);
        Assert.Contains("minh chứng", await withoutEvidence.Content.ReadAsStringAsync(_ct));

        var pdf = Convert.ToBase64String(Encoding.ASCII.GetBytes("%PDF-1.4\n% báo cáo\n"));
        var completed = await unit.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{item.Id}/progress", new
        {
            percent = 100,
            status = "Completed",
            narrative = "Tỷ lệ hồ sơ trực tuyến đạt 62%.",
            evidence = new { documentNumber = "12/BC-KKT", documentDate = "15/12/2023", description = "Báo cáo kết quả năm", fileName = "bao-cao.pdf", contentBase64 = pdf },
        }, _ct);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var done = (await completed.Content.ReadFromJsonAsync<PlanClient.Item>(_ct))!;
        Assert.Equal("Completed", done.Status);
        Assert.Equal(100, done.Percent);

        var detail = await unit.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/items/{item.Id}", _ct);
        Assert.Equal(["NotStarted→InProgress", "InProgress→Completed"], detail.GetProperty("history").EnumerateArray()
            .Select(h => $"{h.GetProperty("from").GetString()}→{h.GetProperty("to").GetString()}"));
        var evidenceFile = detail.GetProperty("reports").EnumerateArray().Last().GetProperty("evidenceFileId").GetGuid();
        var download = await unit.GetAsync($"{RoutePrefixes.Plans}/items/{item.Id}/evidence/{evidenceFile}", _ct);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);

        var fact = await Eventually.HoldsAsync(
            () => P.Reporting.QueryAsync<ReportingDb, PlanItemFact?>(db => db.PlanItems.SingleOrDefaultAsync(f => f.ItemId == item.Id)),
            // The status and the day it was reached travel in separate events (separate queues): wait for both.
            f => f?.Status == "Completed" && f.CompletedOn is not null, what: "the completion reaches reporting");
        Assert.Equal(new DateOnly(2023, 9, 20), fact!.CompletedOn);
    }

    [Fact]
    public async Task Completing_after_the_due_date_is_completed_late()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "V.1.2"); // before 15/8/2023, lead Văn phòng
        P.PlansClock.AdjustTime(new DateTimeOffset(2023, 8, 21, 9, 0, 0, TimeSpan.FromHours(7)));
        var office = await P.ClientForAsync(TestUsers.Office);

        var response = await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{item.Id}/progress", new
        {
            percent = 100,
            narrative = "Đã trình dự thảo Quyết định thông qua phương án đơn giản hóa.",
            unitCode = "VP",
            evidence = new { documentNumber = "45/TTr-KKT", documentDate = "2023-08-18" },
        }, _ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CompletedLate", (await response.Content.ReadFromJsonAsync<PlanClient.Item>(_ct))!.Status);
    }

    [Fact]
    public async Task Another_unit_may_not_report_on_an_item_that_is_not_its_own()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "VI.2"); // lead: Văn phòng only
        var division = await P.ClientForAsync(TestUsers.StaffQldt);

        var response = await division.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{item.Id}/progress", new { percent = 10, narrative = "Thử báo cáo hộ." }, _ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Văn phòng", await response.Content.ReadAsStringAsync(_ct));
    }

    [Fact]
    public async Task A_coordinating_unit_adds_its_contribution()
    {
        await P.WaitForUnitsAsync();
        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "VI.1"); // coordinating: các phòng chuyên môn
        var division = await P.ClientForAsync(TestUsers.HeadQhxd);

        var response = await division.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{item.Id}/contributions", new { narrative = "Phòng đã trả lời 2 phản ánh về cấp phép xây dựng." }, _ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("QHXD", (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("unitCode").GetString());
    }

    [Theory]
    [InlineData("{\"percent\": 150, \"narrative\": \"x\"}", "percent")]
    [InlineData("{\"percent\": 50}", "narrative")]
    [InlineData("{\"percent\": 100, \"narrative\": \"Xong\", \"evidence\": {\"documentNumber\": \"3/BC-KKT\", \"documentDate\": \"31-12-2023\"}}", "evidence.documentDate")]
    [InlineData("{\"percent\": 100, \"narrative\": \"Xong\", \"evidence\": {\"fileName\": \"a.pdf\", \"contentBase64\": \"TVqQAAMAAAAEAAAA\"}}", "evidence.contentBase64")]
    public async Task Bad_progress_reports_get_a_problem_and_change_nothing(string body, string field)
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "VI.3");
        var reportsBefore = await P.Plans.QueryAsync<PlansDb, int>(db => db.Reports.CountAsync(r => r.ItemId == item.Id));
        var office = await P.ClientForAsync(TestUsers.Office);

        var response = await office.PostAsync($"{RoutePrefixes.Plans}/items/{item.Id}/progress", new StringContent(body, Encoding.UTF8, "application/json"), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync(_ct));
        Assert.Equal(reportsBefore, await P.Plans.QueryAsync<PlansDb, int>(db => db.Reports.CountAsync(r => r.ItemId == item.Id)));
        Assert.Equal("NotStarted", (await PlanClient.ItemAsync(P, planId, "VI.3")).Status);
    }

    [Fact]
    public async Task An_item_for_an_unknown_unit_is_refused()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);

        var response = await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/{planId}/items", new
        {
            sectionCode = "VII",
            code = "VII.3",
            content = "Tổ chức hội nghị đối thoại doanh nghiệp về TTHC.",
            timeframe = "Tháng 10/2023",
            leadUnits = "Sở Xây dựng",
        }, _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sở xây dựng", await response.Content.ReadAsStringAsync(_ct));
        Assert.False(await P.Plans.QueryAsync<PlansDb, bool>(db => db.Items.AnyAsync(i => i.Code == "VII.3")));
    }

    [Fact]
    public async Task A_broken_plan_text_is_refused_with_the_line_and_nothing_is_stored()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var plansBefore = await P.Plans.QueryAsync<PlansDb, int>(db => db.Plans.CountAsync());
        const string text = "KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2031\nTT\tNội dung công việc\tThời gian thực hiện\tĐơn vị thực hiện\tĐơn vị phối hợp\tKết quả\nI\tMục một\t\t\t\t\n1\tViệc A\tTrong năm 2031\n";

        var response = await office.PostAsync($"{RoutePrefixes.Plans}/import/text", new StringContent(text, Encoding.UTF8, "text/plain"), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Dòng 5", (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("detail").GetString());
        Assert.Equal(plansBefore, await P.Plans.QueryAsync<PlansDb, int>(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task The_public_page_shows_progress_without_internal_notes()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "VIII.1");
        var office = await P.ClientForAsync(TestUsers.Office);
        const string secret = "Ghi chú nội bộ: chờ ý kiến lãnh đạo về số liệu quý IV";
        await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{item.Id}/progress", new { percent = 30, narrative = secret, unitCode = "VP" }, _ct);

        var page = await P.Anonymous.GetStringAsync($"{RoutePrefixes.PublicPlans}/2023", _ct);

        Assert.DoesNotContain(secret, page);
        var plan = JsonDocument.Parse(page).RootElement;
        var published = plan.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray()).Single(i => i.GetProperty("code").GetString() == "VIII.1");
        Assert.Equal(30, published.GetProperty("percent").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await P.Anonymous.GetAsync($"{RoutePrefixes.PublicPlans}/1999", _ct)).StatusCode);
    }

    [Fact]
    public async Task The_budget_shows_what_is_spent_and_refuses_overspending()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);

        var spent = await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/{planId}/spending", new { amount = 4_500_000, spentOn = "2023-05-10", description = "In tài liệu tuyên truyền TTHC", documentNumber = "PC 15" }, _ct);
        Assert.Equal(HttpStatusCode.OK, spent.StatusCode);
        var budget = await spent.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal(20_000_000 - budget.GetProperty("spent").GetInt64(), budget.GetProperty("remaining").GetInt64());

        var over = await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/{planId}/spending", new { amount = 99_000_000, spentOn = "2023-05-11", description = "Vượt dự toán" }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("vượt kinh phí", await over.Content.ReadAsStringAsync(_ct));
    }

    [Fact]
    public async Task Next_years_plan_is_created_as_a_draft_with_dates_shifted_and_progress_reset()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);

        var response = await office.PostAsync($"{RoutePrefixes.Plans}/{planId}/next-year", null, _ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal(2024, created.GetProperty("year").GetInt32());
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        var next = created.GetProperty("id").GetGuid();
        var item = await PlanClient.ItemAsync(P, next, "V.1.2");
        Assert.Equal("Trước ngày 15/8/2024", item.Timeframe);
        Assert.Equal(new DateOnly(2024, 8, 14), item.DueOn);
        Assert.Equal(("NotStarted", 0), (item.Status, item.Percent));
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsync($"{RoutePrefixes.Plans}/{planId}/next-year", null, _ct)).StatusCode);
    }

    [Fact]
    public async Task A_plan_exported_as_json_imports_back_as_the_same_plan()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);
        var exported = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/{planId}/export.json", _ct);

        var copy = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(exported.GetRawText())!;
        copy["year"] = JsonSerializer.SerializeToElement(2035);
        var imported = await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/import", copy, _ct);

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var id = (await imported.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
        var original = await PlanClient.ItemAsync(P, planId, "II.1.1");
        var again = await PlanClient.ItemAsync(P, id, "II.1.1");
        Assert.Equal(original.Content, again.Content);
        Assert.Equal(original.LeadUnitsText, again.LeadUnitsText);
    }

    [Fact]
    public async Task A_plan_exported_as_xlsx_is_a_real_workbook_that_imports_back()
    {
        var planId = await PlanClient.SeededPlanAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);
        var xlsx = await office.GetByteArrayAsync($"{RoutePrefixes.Plans}/{planId}/export.xlsx", _ct);
        var document = VanPhong.Plans.Documents.PlanSpreadsheet.Read(new MemoryStream(xlsx));
        Assert.Equal(29, document.Sections.SelectMany(s => s.Items).Count(i => !i.IsGroup));

        var renamed = VanPhong.Plans.Documents.PlanSpreadsheet.Write(document with { Year = 2036 });
        var content = new ByteArrayContent(renamed);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(VanPhong.Documents.Spreadsheet.ContentType);
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsync($"{RoutePrefixes.Plans}/import/xlsx", content, _ct)).StatusCode);

        var garbage = new ByteArrayContent(Encoding.UTF8.GetBytes("không phải excel"));
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PostAsync($"{RoutePrefixes.Plans}/import/xlsx", garbage, _ct)).StatusCode);
    }
}
