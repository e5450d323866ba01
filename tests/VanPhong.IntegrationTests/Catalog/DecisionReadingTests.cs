using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using VanPhong.Catalog.Model;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.IntegrationTests.Plans;
using static VanPhong.IntegrationTests.Catalog.CatalogFixtures;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Catalog;

/// <summary>
/// A publication decision read from its document through the gateway: the draft with its flags, the office's
/// corrections, the refusal to apply while a flag is open, and the same versions and III.6 clock as a decision recorded
/// by hand; files that are no decision are refused with problem details.
/// </summary>
public sealed class DecisionReadingTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    private sealed record Flag(int Id, string Field, string? Procedure, int? Line, string? Text, string Message, string Status);

    private sealed record Draft(Guid Id, string Number, DateOnly Date, string Signer, string Issuer, DateOnly EffectiveDate, string? Title, string Status,
        List<DecisionItem> Items, List<Flag> Flags, int OpenFlags, string? SourceFileName, string? SourceKind);

    [Fact]
    public async Task The_Bac_Ninh_decision_read_corrected_and_applied_publishes_its_procedures_and_starts_the_III_6_clock()
    {
        var (text, number, codes) = BacNinhDecision();
        var office = await P.ClientForAsync(TestUsers.Office);

        var read = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/read?fileName=" + Uri.EscapeDataString("QĐ 1513 Bắc Ninh.md"), Upload(text), _ct);
        Assert.Equal(HttpStatusCode.Created, read.StatusCode);
        var draft = (await read.Content.ReadFromJsonAsync<Draft>(Json, _ct))!;
        Assert.Equal((number, new DateOnly(2023, 11, 22), "Mai Sơn", "Draft", "text", "QĐ 1513 Bắc Ninh.txt"),
            (draft.Number, draft.Date, draft.Signer, draft.Status, draft.SourceKind, draft.SourceFileName));
        Assert.Equal(codes, draft.Items.Select(i => i.Code));
        Assert.Equal(draft.Flags.Count, draft.OpenFlags);
        var effective = Assert.Single(draft.Flags, f => f.Field == "effectiveDate");
        Assert.Equal((128, "này có hiệu lực kể từ ngày 20/11/2023."), (effective.Line, effective.Text));
        Assert.Contains(draft.Flags, f => f.Field == "items[0].change" && f.Procedure == codes[0]);

        // Not while a flag is open; the answer lists them.
        var refused = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{draft.Id}/apply", null, _ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(draft.Flags.Count, (await refused.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("flags").GetArrayLength());

        // The office corrects what the list lacks and the dates, and accepts what the decision says as it says it: the
        // procedures are new to the catalog, as the appendix lists them, whatever Điều 1 calls them.
        var template = Content("x");
        var items = draft.Items.Select(i => i with
        {
            Change = ChangeKind.New,
            Content = i.Content! with
            {
                Dossier = template.Dossier, Steps = template.Steps, Result = "Giấy phép lao động", Applicants = "Người sử dụng lao động", OnlineLevel = OnlineLevels.Partial,
            },
        }).ToList();
        string[] accepted = ["appendix", "internalProcedureDeadline"];
        var accept = draft.Flags.Where(f => accepted.Contains(f.Field) || f.Field.EndsWith(".fees", StringComparison.Ordinal) || f.Field.EndsWith(".processingDays", StringComparison.Ordinal)
                || f.Field.EndsWith(".change", StringComparison.Ordinal))
            .Select(f => f.Id).ToList();
        var corrected = await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/decisions/{draft.Id}", new
        {
            draft.Number, draft.Date, draft.Signer, draft.Issuer, effectiveDate = draft.Date, draft.Title, items, acceptFlags = accept,
        }, Json, _ct);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var clean = (await corrected.Content.ReadFromJsonAsync<Draft>(Json, _ct))!;
        Assert.True(clean.OpenFlags == 0, string.Join("\n", clean.Flags.Where(f => f.Status == "Open")));
        Assert.Equal("Corrected", clean.Flags.Single(f => f.Field == "effectiveDate").Status);
        Assert.Equal("Corrected", clean.Flags.Single(f => f.Field == "items[3].content.dossier").Status);
        Assert.Equal("Accepted", clean.Flags.Single(f => f.Field == "items[3].change").Status);
        Assert.Equal("Accepted", clean.Flags.Single(f => f.Field == "items[0].content.fees").Status);

        var applied = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{draft.Id}/apply", null, _ct);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var staff = await P.ClientForAsync(TestUsers.StaffQhxd);
        var procedure = await staff.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Procedures}/{codes[0]}", _ct);
        Assert.Equal(1, procedure.GetProperty("current").GetProperty("number").GetInt32());
        Assert.Equal("New", procedure.GetProperty("versions")[0].GetProperty("change").GetString());
        Assert.Equal(10, procedure.GetProperty("current").GetProperty("content").GetProperty("processingDays").GetInt32());
        Assert.Equal("Việc làm", procedure.GetProperty("current").GetProperty("content").GetProperty("sector").GetString());

        var planId = await PlanClient.SeededPlanAsync(P);
        var item = await PlanClient.ItemAsync(P, planId, "III.6");
        var obligations = await Eventually.HoldsAsync(
            async () => (await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/items/{item.Id}", _ct)).GetProperty("obligations").EnumerateArray().ToList(),
            o => codes.All(code => o.Any(x => x.GetProperty("subject").GetString() == code)),
            what: "the plan registry opened the III.6 obligation for each procedure of the decision read from its document");
        Assert.Equal("2023-11-22", obligations.First(x => x.GetProperty("subject").GetString() == codes[5]).GetProperty("triggeredOn").GetString());

        var again = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/read?fileName=qd.md", Upload(text), _ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_number_the_reading_could_not_read_is_never_applied_even_with_every_flag_accepted()
    {
        var (text, number, _) = BacNinhDecision();
        var office = await P.ClientForAsync(TestUsers.Office);
        var unnumbered = text.Replace(number, "     ", StringComparison.Ordinal);
        var read = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/read?fileName=qd-khong-so.md", Upload(unnumbered), _ct);
        Assert.Equal(HttpStatusCode.Created, read.StatusCode);
        var draft = (await read.Content.ReadFromJsonAsync<Draft>(Json, _ct))!;
        Assert.StartsWith("(chưa đọc được)", draft.Number);

        // Accepting every flag and keeping the placeholder is refused: the office types the decision's real number.
        var kept = await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/decisions/{draft.Id}", new
        {
            draft.Number, draft.Date, draft.Signer, draft.Issuer, effectiveDate = draft.Date, draft.Title, items = draft.Items, acceptFlags = draft.Flags.Select(f => f.Id),
        }, Json, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, kept.StatusCode);
        Assert.Contains("chưa đọc được", (await kept.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").GetProperty("number")[0].GetString());
        var apply = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{draft.Id}/apply", null, _ct);
        Assert.Equal(HttpStatusCode.Conflict, apply.StatusCode); // its flags are still open, and the header would be refused after them
        var stored = await office.GetFromJsonAsync<Draft>($"{RoutePrefixes.Procedures}/decisions/{draft.Id}", Json, _ct);
        Assert.Equal("Draft", stored!.Status);
    }

    [Fact]
    public async Task A_correction_is_checked_and_an_applied_decision_is_not_corrected()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var draft = (await (await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/read?fileName=qd.md", Upload(SmallDecisionText()), _ct)).Content.ReadFromJsonAsync<Draft>(Json, _ct))!;

        var bad = await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/decisions/{draft.Id}", new
        {
            number = "", draft.Date, signer = "", effectiveDate = draft.Date.AddDays(-1), items = Array.Empty<object>(), acceptFlags = new[] { 999 },
        }, Json, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        foreach (var field in new[] { "number", "signer", "items", "acceptFlags" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var unchanged = await office.GetFromJsonAsync<Draft>($"{RoutePrefixes.Procedures}/decisions/{draft.Id}", Json, _ct);
        Assert.Equal(draft.Number, unchanged!.Number);
    }

    public static TheoryData<string, string, int, string> BadFiles => new()
    {
        { "image", "image/png", 415, "ảnh" },
        { "xlsx-like zip", "application/zip", 415, "không phải văn bản Word" },
        { "binary", "application/octet-stream", 415, "UTF-8" },
        { "zip bomb", FileTypesDocx, 400, "vượt giới hạn" },
        { "scanned pdf", "application/pdf", 400, "không có lớp văn bản" },
        { "no decision", "text/plain", 400, "không phải quyết định công bố" },
    };

    private const string FileTypesDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_no_readable_decision_is_refused_with_problem_details(string what, string mediaType, int status, string reason)
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var content = new ByteArrayContent(Bytes(what)) { Headers = { ContentType = new(mediaType) } };

        var response = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/read?fileName=x", content, _ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_file_beyond_the_limit_is_refused_before_it_is_read()
    {
        var office = await P.ClientForAsync(TestUsers.Office);

        var response = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/read", new ByteArrayContent(new byte[10 * 1024 * 1024 + 1]), _ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static byte[] Bytes(string what) => what switch
    {
        "image" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0],
        "xlsx-like zip" => Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")), ("a.txt", [1, 2, 3])),
        "binary" => [0xC3, 0x28, 0xFF, 0xFE],
        "zip bomb" => Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")),
            ("word/document.xml", new byte[30 * 1024 * 1024])),
        "scanned pdf" => ScannedPdf(),
        _ => Encoding.UTF8.GetBytes("Biên bản họp giao ban tuần.\nNội dung: không có."),
    };

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static byte[] ScannedPdf()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(40, 40), 500, 700);
        return builder.Build();
    }
}
