using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Documents;
using VanPhong.Feedback.Data;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Plans;
using VanPhong.Plans.Data;
using VanPhong.Reporting.Data;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

/// <summary>
/// Files from outside through the gateway: a zip bomb as a PAKN attachment, a plan import or dossier figures is
/// refused with a problem in Vietnamese and nothing is stored; a cell far beyond Excel's columns is a 400; a stored
/// file is named after what its content is.
/// </summary>
public sealed class UploadedFileTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_docx_attachment_that_inflates_to_100_MiB_is_refused_in_Vietnamese_and_no_PAKN_is_stored()
    {
        var before = await P.Feedback.QueryAsync<FeedbackDb, (int, int)>(async db => (await db.Cases.CountAsync(), await db.Attachments.CountAsync()));

        var submission = WithAttachment("don-de-nghi.docx", HostileFiles.DocxBombOf100MiB);

        var (response, allocated) = await MeasuredAsync(() => P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, submission, _ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertSmall(allocated);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal(
            "Tệp \"don-de-nghi.docx\" không được nhận: Mục \"word/document.xml\" trong tệp nén giải nén ra 100 MB, vượt giới hạn 20 MB mỗi mục.",
            problem.GetProperty("errors").GetProperty("attachments[0]")[0].GetString());
        Assert.Equal(before, await P.Feedback.QueryAsync<FeedbackDb, (int, int)>(async db => (await db.Cases.CountAsync(), await db.Attachments.CountAsync())));
    }

    [Fact]
    public async Task A_real_docx_attachment_is_received_under_a_safe_name()
    {
        var docx = WordDocument.Write(new OfficialDocument("", "Công ty TNHH Minh Phát", "Số: 07/CV", "Ninh Hòa", new DateOnly(2024, 5, 2),
            [new Paragraph("Đề nghị rút ngắn thời hạn cấp giấy phép xây dựng.")], "GIÁM ĐỐC", "Trần Minh Phát"));

        var response = await P.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, WithAttachment("..\\..\\don de nghi.html", docx), _ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = (await Submissions.ReadReceiptAsync(response)).TrackingCode;
        var stored = await P.Feedback.QueryAsync<FeedbackDb, FeedbackAttachment>(db =>
            db.Attachments.SingleAsync(a => db.Cases.Any(c => c.TrackingCode == code && c.Id == a.FeedbackId)));
        Assert.Equal(("don de nghi.docx", WordDocument.ContentType), (stored.FileName, stored.ContentType));
    }

    [Fact]
    public async Task A_plan_import_that_is_a_zip_bomb_is_refused_and_nothing_is_imported()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var before = await P.Plans.QueryAsync<PlansDb, int>(db => db.Plans.CountAsync());

        var response = await office.PostAsync($"{RoutePrefixes.Plans}/import/xlsx", Xlsx(HostileFiles.XlsxBombOf100MiB), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal("Không đọc được kế hoạch", problem.GetProperty("title").GetString());
        Assert.Equal("Mục \"xl/workbook.xml\" trong tệp nén giải nén ra 100 MB, vượt giới hạn 20 MB mỗi mục.", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await P.Plans.QueryAsync<PlansDb, int>(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task A_plan_workbook_with_a_cell_at_ZZZZZZ1_is_a_400_and_nothing_is_imported()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var planId = await PlanClient.SeededPlanAsync(P);
        var exported = await office.GetByteArrayAsync($"{RoutePrefixes.Plans}/{planId}/export.xlsx", _ct);
        var before = await P.Plans.QueryAsync<PlansDb, int>(db => db.Plans.CountAsync());

        var hostile = HostileFiles.WithCellAt(exported, "Phụ lục", "ZZZZZZ1");

        var (response, allocated) = await MeasuredAsync(() => office.PostAsync($"{RoutePrefixes.Plans}/import/xlsx", Xlsx(hostile), _ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertSmall(allocated);
        Assert.Equal("Ô ZZZZZZ1 vượt quá 16.384 cột, giới hạn của Excel (cột cuối cùng là XFD).",
            (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("detail").GetString());
        Assert.Equal(before, await P.Plans.QueryAsync<PlansDb, int>(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task Evidence_named_html_holding_a_PDF_is_stored_and_served_as_a_pdf_and_content_of_no_known_type_is_refused()
    {
        await P.WaitForUnitsAsync();
        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "III.10"); // lead: Bộ phận Một cửa + các phòng chuyên môn
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        object Report(string fileName, byte[] content) => new
        {
            percent = 30,
            narrative = "Đã rà soát hồ sơ trực tuyến quý III.",
            evidence = new { fileName, contentBase64 = Convert.ToBase64String(content) },
        };

        var html = await unit.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{item.Id}/progress", Report("bao-cao.pdf", "<html><script>alert(1)</script></html>"u8.ToArray()), _ct);
        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Equal("Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX (kiểm tra theo nội dung tệp).",
            (await html.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").GetProperty("evidence.contentBase64")[0].GetString());

        var pdf = await unit.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{item.Id}/progress", Report("../../bao-cao.html", Encoding.ASCII.GetBytes("%PDF-1.4\n% báo cáo\n")), _ct);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);

        var detail = await unit.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/items/{item.Id}", _ct);
        var fileId = detail.GetProperty("reports").EnumerateArray().Last().GetProperty("evidenceFileId").GetGuid();
        Assert.Equal("bao-cao.pdf", await P.Plans.QueryAsync<PlansDb, string>(db => db.EvidenceFiles.Where(f => f.Id == fileId).Select(f => f.FileName).SingleAsync()));
        var download = await unit.GetAsync($"{RoutePrefixes.Plans}/items/{item.Id}/evidence/{fileId}", _ct);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Dossier_figures_that_are_a_zip_bomb_are_refused_and_nothing_is_imported()
    {
        var office = await P.ClientForAsync(TestUsers.Office);

        var response = await office.PostAsync($"{RoutePrefixes.Reports}/dossiers/import?from=2026-05-15&to=2026-06-14&fileName=thang-6.xlsx", Xlsx(HostileFiles.XlsxBombOf100MiB), _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        Assert.Equal("Không đọc được tệp .xlsx: Mục \"xl/workbook.xml\" trong tệp nén giải nén ra 100 MB, vượt giới hạn 20 MB mỗi mục.", errors.GetProperty("file")[0].GetString());
        Assert.False(await P.Reporting.QueryAsync<ReportingDb, bool>(db => db.DossierImports.AnyAsync(i => i.PeriodFrom == new DateOnly(2026, 5, 15))));
    }

    /// <summary>
    /// What the whole test process allocates while a request runs (the services run in it). Without the guards the
    /// ZZZZZZ1 row alone is a list of 321 million cells (gigabytes) and the bomb is 100 MiB inflated. Memory, not time,
    /// is what shows the guard worked: a time bound would measure the machine (speed is the benchmark's job).
    /// </summary>
    private static async Task<(HttpResponseMessage Response, long Allocated)> MeasuredAsync(Func<Task<HttpResponseMessage>> send)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var response = await send();
        return (response, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    /// <summary>Well under what the file claims to hold; the bound leaves room for the other test classes allocating in the same process at the same time.</summary>
    private static void AssertSmall(long allocated) =>
        Assert.True(allocated < 256L * 1024 * 1024, $"{allocated / 1024 / 1024} MiB allocated while the request ran");

    private static object WithAttachment(string fileName, byte[] content) => new
    {
        kind = "Reflection",
        category = "implementation-difficulty",
        content = $"Hồ sơ số {Random.Shared.Next(100_000, 999_999)} xin cấp giấy phép xây dựng đã quá thời hạn giải quyết, gửi kèm đơn đề nghị.",
        submitter = new { name = "Trần Minh Phát", address = "Ninh Hải, Ninh Hòa, Khánh Hòa", phone = "0905333444" },
        consentToProcessing = true,
        attachments = new[] { new { fileName, contentBase64 = Convert.ToBase64String(content) } },
    };

    private static ByteArrayContent Xlsx(byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(Spreadsheet.ContentType);
        return body;
    }
}
