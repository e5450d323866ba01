using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Plans;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Reporting;

/// <summary>Generating, freezing (chốt số liệu), regenerating; the frozen KPIs reaching the plan; exports that LibreOffice opens.</summary>
public sealed class ReportLifecycleTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_frozen_report_keeps_its_figures_and_regenerating_makes_a_new_version()
    {
        await P.WaitForUnitsAsync();
        var office = await P.ClientForAsync(TestUsers.Office);
        var period = new { kind = "Month", year = 2025, number = 3 }; // 15/2/2025 – 14/3/2025
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2025, 3, 3, 9, 0, 0, Vietnam));
        await FeedbackFlow.InStatusAsync(P, "Answered");
        await Eventually.HoldsAsync(() => Preview(office, "feedback-on-time-rate"), k => k.GetProperty("denominator").GetInt32() == 1, what: "the first answer counted");

        var first = await ReportFixtures.GenerateAsync(P, period);
        var frozen = await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic/{first}/freeze", new { documentNumber = "12/BC-KKT" }, _ct);
        Assert.Equal(HttpStatusCode.OK, frozen.StatusCode);
        Assert.Equal("Frozen", (await frozen.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("report").GetProperty("status").GetString());

        // Later, another PAKN of that month is answered: the frozen version does not move; its drill-down says the data changed.
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2025, 3, 10, 9, 0, 0, Vietnam));
        await FeedbackFlow.InStatusAsync(P, "Answered");
        await Eventually.HoldsAsync(() => Preview(office, "feedback-on-time-rate"), k => k.GetProperty("denominator").GetInt32() == 2, what: "the second answer counted");

        var kept = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/{first}", _ct);
        Assert.Equal(1, Kpi(kept.GetProperty("content"), "feedback-on-time-rate").GetProperty("denominator").GetInt32());
        var drill = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/{first}/kpis/feedback-on-time-rate", _ct);
        Assert.True(drill.GetProperty("changedSinceReport").GetBoolean());
        Assert.Equal(1, drill.GetProperty("reportedDenominator").GetInt32());
        Assert.Equal(2, drill.GetProperty("denominator").GetInt32());

        var second = await ReportFixtures.GenerateAsync(P, period);
        var regenerated = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/{second}", _ct);
        Assert.Equal(2, regenerated.GetProperty("report").GetProperty("version").GetInt32());
        Assert.Equal(2, Kpi(regenerated.GetProperty("content"), "feedback-on-time-rate").GetProperty("denominator").GetInt32());

        // Freezing the new version supersedes the old; the old cannot be frozen again.
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic/{second}/freeze", new { }, _ct)).StatusCode);
        Assert.Equal("Superseded", (await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/{first}", _ct)).GetProperty("report").GetProperty("status").GetString());
        var refused = await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic/{first}/freeze", new { }, _ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Freezing_sends_the_KPIs_to_the_plan_targets()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        await Eventually.HoldsAsync(() => office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/catalog/summary", _ct),
            s => s.GetProperty("internalProceduresApproved").GetInt32() >= 14, what: "reporting knows the sample catalog");
        var id = await ReportFixtures.GenerateAsync(P, new { kind = "Year", year = 2023 });
        var report = await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic/{id}/freeze", new { documentNumber = "99/BC-KKT" }, _ct);
        var internalProcedures = Kpi((await report.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("content"), "procedures-with-internal-procedure");

        var planId = await PlanClient.SeededPlanAsync(P);
        var target = await Eventually.HoldsAsync(
            async () => (await PlanClient.ItemAsync(P, planId, "III.6")).Targets.Single(),
            t => t.GetProperty("actual").ValueKind == JsonValueKind.Number,
            what: "the plan's target shows the measured value");
        Assert.Equal(internalProcedures.GetProperty("value").GetDouble(), target.GetProperty("actual").GetDouble());
        Assert.Equal("2023-12-14", target.GetProperty("actualAsOf").GetString());
    }

    [Fact]
    public async Task The_docx_and_xlsx_open_in_LibreOffice_with_their_Vietnamese_text_intact()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var id = await ReportFixtures.GenerateAsync(P, new { kind = "Quarter", year = 2026, number = 2 });

        var docx = await office.GetAsync($"{RoutePrefixes.Reports}/periodic/{id}/report.docx", _ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        var text = await LibreOffice.ConvertAsync(await docx.Content.ReadAsByteArrayAsync(_ct), "docx", "txt:Text (encoded):UTF8", "txt");
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG", text);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains("quý II năm 2026", text);
        Assert.Contains("Kỳ báo cáo: từ ngày 15/03/2026 đến ngày 14/06/2026", text);
        Assert.Contains("Tỷ lệ TTHC có quy trình nội bộ được phê duyệt", text);
        Assert.Contains("Biểu số 06/VPCP/KSTT", text);

        var xlsx = await office.GetAsync($"{RoutePrefixes.Reports}/periodic/{id}/report.xlsx", _ct);
        var csv = await LibreOffice.ConvertAsync(await xlsx.Content.ReadAsByteArrayAsync(_ct), "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76,1", "csv");
        Assert.Contains("Tỷ lệ phản ánh, kiến nghị trả lời đúng hạn", csv);
        Assert.Contains("procedures-with-internal-procedure", csv);
        Assert.Contains("QUÝ II NĂM 2026", csv);
    }

    [Fact]
    public async Task A_period_that_is_not_one_is_refused_with_the_reason()
    {
        var office = await P.ClientForAsync(TestUsers.Office);

        var response = await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic", new { kind = "Quarter", year = 2026, number = 5 }, _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Quý phải từ 1 đến 4", await response.Content.ReadAsStringAsync(_ct));
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"{RoutePrefixes.Reports}/periodic/{Guid.NewGuid()}", _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"{RoutePrefixes.Reports}/kpis/happiness?kind=Year&year=2026", _ct)).StatusCode);
    }

    private async Task<JsonElement> Preview(HttpClient client, string kpi) =>
        Kpi(await client.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/preview?kind=Month&year=2025&number=3", _ct), kpi);

    private static JsonElement Kpi(JsonElement content, string key) => content.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("key").GetString() == key);
}
