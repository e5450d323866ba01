using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Infrastructure;
using static VanPhong.IntegrationTests.Plans.SeedTaskFixtures;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Reporting;

/// <summary>
/// The report for quarter II of 2026 (15/3–14/6/2026, the cut-off of QĐ 01/2023/QĐ-UBND) on the records behind the
/// plan's tasks: each kind is recorded through the gateway inside the period, on its edges and outside it, then the
/// generated report's sections are checked figure by figure against what was recorded, and the office's difficulties
/// and proposals are written, frozen with the report and refused afterwards.
/// </summary>
public sealed class SeedTaskReportTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task The_quarter_II_2026_report_counts_every_seed_task_record_and_freezes_the_offices_difficulties()
    {
        var office = await P.ClientForAsync(TestUsers.Office);

        // I.1: the same draft assessed twice in the period (3 procedures between them, one form filed); one before it.
        var draft = Assessment("2026-04-01", "1.009645", "1.009646");
        await CreateAsync(P, ImpactAssessments, draft);
        var again = Assessment("2026-05-01", "1.009646", "2.000123");
        (again["draftDocument"], again["formFiled"], again["formReference"]) = (draft["draftDocument"], false, null);
        await CreateAsync(P, ImpactAssessments, again);
        await CreateAsync(P, ImpactAssessments, Assessment("2026-03-14", "1.000001"));

        // IV.1: planned on 10/4 (one follow-up done, one overdue at the cut-off), ad hoc on 1/6 (one not yet due), one after.
        await CreateAsync(P, Inspections, Inspection("2026-04-10", planned: true, FollowUp("2026-05-01", "2026-04-28"), FollowUp("2026-06-01", null)));
        var adHoc = Inspection("2026-06-01", planned: false, FollowUp("2026-06-30", null));
        adHoc["findings"] = null;
        await CreateAsync(P, Inspections, adHoc);
        await CreateAsync(P, Inspections, Inspection("2026-06-15", planned: true));

        // III.5: at the desk on 14/6 — two people (Đầu tư twice, Lao động once); one left on 13/6, one starts on 15/6.
        await CreateAsync(P, Desk, DeskAssignment("2026-01-01", null, "Nguyễn Văn Một", "Đầu tư", "Lao động"));
        await CreateAsync(P, Desk, DeskAssignment("2026-03-01", "2026-06-30", "Trần Thị Hai", "Đầu tư"));
        await CreateAsync(P, Desk, DeskAssignment("2025-01-01", "2026-06-13", "Lê Văn Ba", "Môi trường"));
        await CreateAsync(P, Desk, DeskAssignment("2026-06-15", null, "Phạm Thị Bốn", "Xây dựng"));

        // V.2: G1 proposed and accepted in the period, G2 proposed and pending, G3 proposed before and rejected in it.
        var g1 = await CreateIdAsync(P, LinkedGroups, LinkedGroup("2026-04-05"));
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"{LinkedGroups}/{g1}/decision", new { accepted = true, decisionNumber = "1610/QĐ-UBND", decidedOn = "2026-05-20" }, _ct)).StatusCode);
        await CreateAsync(P, LinkedGroups, LinkedGroup("2026-05-10"));
        var g3 = await CreateIdAsync(P, LinkedGroups, LinkedGroup("2026-02-01"));
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"{LinkedGroups}/{g3}/decision", new { accepted = false, decidedOn = "2026-04-15", note = "Chưa đủ điều kiện liên thông" }, _ct)).StatusCode);

        // VII: three activities in the period (160 participants), one the day after the cut-off.
        await CreateAsync(P, Communications, Communication("2026-04-20", "Training", 40));
        await CreateAsync(P, Communications, Communication("2026-05-05", "Communication", null));
        await CreateAsync(P, Communications, Communication("2026-06-10", "Outreach", 120));
        await CreateAsync(P, Communications, Communication("2026-06-15", "Training", 99));

        await Eventually.HoldsAsync(() => office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/preview?kind=Quarter&year=2026&number=2", _ct),
            r => r.GetProperty("activities") is var a && a.GetProperty("impactAssessments").GetProperty("assessments").GetInt32() == 2
                && a.GetProperty("inspections").GetProperty("inspections").GetInt32() == 2 && a.GetProperty("oneStopDesk").GetProperty("staffAssigned").GetInt32() == 2
                && a.GetProperty("linkedGroups").GetProperty("rejected").GetInt32() == 1 && a.GetProperty("linkedGroups").GetProperty("accepted").GetInt32() == 1
                && a.GetProperty("communications").GetProperty("activities").GetInt32() == 3,
            TimeSpan.FromSeconds(60), "every record has reached reporting");

        var generated = await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic", new { kind = "Quarter", year = 2026, number = 2 }, _ct);
        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        var view = await generated.Content.ReadFromJsonAsync<JsonElement>(_ct);
        var id = view.GetProperty("report").GetProperty("id").GetGuid();
        var content = view.GetProperty("content");
        Assert.Equal("2026-03-15", content.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2026-06-14", content.GetProperty("period").GetProperty("to").GetString());
        var activities = content.GetProperty("activities");

        var impact = activities.GetProperty("impactAssessments");
        Assert.Equal((2, 1, 3, 1), (Int(impact, "assessments"), Int(impact, "drafts"), Int(impact, "proceduresAssessed"), Int(impact, "formsFiled")));

        var inspections = activities.GetProperty("inspections");
        Assert.Equal((2, 1, 1, 1), (Int(inspections, "inspections"), Int(inspections, "planned"), Int(inspections, "adHoc"), Int(inspections, "withFindings")));
        Assert.Equal((3, 1, 1), (Int(inspections, "followUps"), Int(inspections, "followUpsDone"), Int(inspections, "followUpsOverdue")));

        var desk = activities.GetProperty("oneStopDesk");
        Assert.Equal(2, Int(desk, "staffAssigned"));
        // Sectors in ordinal order, as the catalog's are ("Đ" sorts after "L").
        Assert.Equal(["Lao động: 1", "Đầu tư: 2"], desk.GetProperty("bySector").EnumerateArray().Select(s => $"{s.GetProperty("sector").GetString()}: {Int(s, "staff")}").ToArray());

        var groups = activities.GetProperty("linkedGroups");
        Assert.Equal((2, 1, 1, 1), (Int(groups, "proposed"), Int(groups, "accepted"), Int(groups, "rejected"), Int(groups, "pending")));
        Assert.Equal(["Rejected", "Accepted", "Proposed"], groups.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("status").GetString()).ToArray());
        Assert.Equal("1610/QĐ-UBND", groups.GetProperty("rows")[1].GetProperty("decisionNumber").GetString());

        var communications = activities.GetProperty("communications");
        Assert.Equal((3, 160), (Int(communications, "activities"), Int(communications, "participants")));
        Assert.Equal(["Communication 1/0", "Outreach 1/120", "Training 1/40"],
            communications.GetProperty("byKind").EnumerateArray().Select(k => $"{k.GetProperty("kind").GetString()} {Int(k, "activities")}/{Int(k, "participants")}").Order(StringComparer.Ordinal).ToArray());

        // Khó khăn, vướng mắc và đề xuất, kiến nghị: written before freezing, frozen with the report.
        var text = "Hệ thống một cửa của tỉnh chưa kết nối với cơ sở dữ liệu đất đai.\nĐề nghị UBND tỉnh hướng dẫn quy trình liên thông nhóm TTHC đầu tư.";
        var written = await office.PutAsJsonAsync($"{RoutePrefixes.Reports}/periodic/{id}/difficulties", new { text }, _ct);
        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.Equal(text, (await written.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("difficulties").GetString());
        var tooLong = await office.PutAsJsonAsync($"{RoutePrefixes.Reports}/periodic/{id}/difficulties", new { text = new string('a', 20_001) }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("Nội dung khó khăn, vướng mắc và đề xuất, kiến nghị tối đa 20.000 ký tự.",
            (await tooLong.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").GetProperty("text")[0].GetString());

        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic/{id}/freeze", new { documentNumber = "88/BC-KKT" }, _ct)).StatusCode);
        var afterFreeze = await office.PutAsJsonAsync($"{RoutePrefixes.Reports}/periodic/{id}/difficulties", new { text = "Sửa sau khi chốt" }, _ct);
        Assert.Equal(HttpStatusCode.Conflict, afterFreeze.StatusCode);
        Assert.Contains("được chốt cùng báo cáo", (await afterFreeze.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("detail").GetString());
        var frozen = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/periodic/{id}", _ct);
        Assert.Equal("Frozen", frozen.GetProperty("report").GetProperty("status").GetString());
        Assert.Equal(text, frozen.GetProperty("difficulties").GetString());
        Assert.Equal(2, Int(frozen.GetProperty("content").GetProperty("activities").GetProperty("oneStopDesk"), "staffAssigned"));

        // The exports carry the sections and the office's text.
        var docx = await (await office.GetAsync($"{RoutePrefixes.Reports}/periodic/{id}/report.docx", _ct)).Content.ReadAsByteArrayAsync(_ct);
        var document = await LibreOffice.ConvertAsync(docx, "docx", "txt:Text (encoded):UTF8", "txt");
        Assert.Contains("ĐÁNH GIÁ TÁC ĐỘNG THỦ TỤC HÀNH CHÍNH TRONG DỰ THẢO VĂN BẢN QUY PHẠM PHÁP LUẬT", document);
        Assert.Contains("Trong kỳ tiến hành 2 cuộc kiểm tra (theo kế hoạch 1, đột xuất 1)", document);
        Assert.Contains("Bộ phận Một cửa có 2 công chức được phân công (Lao động: 1; Đầu tư: 2)", document);
        Assert.Contains("Trong kỳ đề xuất 2 nhóm TTHC liên thông; được chấp thuận 1, không được chấp thuận 1", document);
        Assert.Contains("Trong kỳ thực hiện 3 hoạt động với 160 lượt người tham dự", document);
        Assert.Contains("XIII. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ", document);
        Assert.Contains("Đề nghị UBND tỉnh hướng dẫn quy trình liên thông nhóm TTHC đầu tư.", document);
        Assert.DoesNotContain("Nguyễn Văn Một", document);

        var xlsx = await (await office.GetAsync($"{RoutePrefixes.Reports}/periodic/{id}/report.xlsx", _ct)).Content.ReadAsByteArrayAsync(_ct);
        using var workbook = new ZipArchive(new MemoryStream(xlsx));
        using var sheets = new StreamReader(workbook.GetEntry("xl/workbook.xml")!.Open());
        var names = await sheets.ReadToEndAsync(_ct);
        foreach (var sheet in new[] { "Danh gia tac dong", "Kiem tra", "Mot cua", "Lien thong", "Truyen thong", "Kho khan, kien nghi" })
        {
            Assert.Contains($"name=\"{sheet}\"", names);
        }

        // The read models come back the same from the event log alone.
        var preview = $"{RoutePrefixes.Reports}/periodic/preview?kind=Quarter&year=2026&number=2";
        var before = (await office.GetFromJsonAsync<JsonElement>(preview, _ct)).GetProperty("activities").GetRawText();
        var admin = await P.ClientForAsync(TestUsers.Admin);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"{RoutePrefixes.Reports}/admin/rebuild", null, _ct)).StatusCode);
        var rebuilt = await Eventually.HoldsAsync(() => admin.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Reports}/admin/rebuild", _ct),
            s => s.GetProperty("state").GetString() is "Completed" or "Failed", what: "the rebuild finished");
        Assert.Equal("Completed", rebuilt.GetProperty("state").GetString());
        Assert.Equal(before, (await office.GetFromJsonAsync<JsonElement>(preview, _ct)).GetProperty("activities").GetRawText());
    }

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();
}
