using VanPhong.Catalog.Decisions.Reading;
using VanPhong.Catalog.Model;

namespace VanPhong.UnitTests.Catalog;

/// <summary>The reading of publication decisions: the real Bắc Ninh list, a Khánh Hòa-layout .docx and .pdf, and files that cannot be read.</summary>
public sealed class DecisionReaderTests
{
    private static readonly DecisionReadingOptions Options = new();

    private static DecisionReading BacNinh()
    {
        var source = DecisionDocument.Open(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "decisions", "bacninh-1513-QD-UBND-2025.md")), Options);
        Assert.Equal(DecisionDocument.Text, source.Kind);
        return DecisionReader.Read(source.Lines);
    }

    [Fact]
    public void The_Bac_Ninh_decision_gives_its_header_and_its_six_procedures()
    {
        var reading = BacNinh();

        Assert.Equal("1513/QĐ-UBND", reading.Number);
        Assert.Equal(new DateOnly(2025, 11, 22), reading.Date);
        Assert.Equal("Mai Sơn", reading.Signer);
        Assert.Equal("Chủ tịch UBND tỉnh Bắc Ninh", reading.Issuer);
        Assert.Equal(new DateOnly(2025, 11, 20), reading.EffectiveDate);
        Assert.StartsWith("VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI", reading.Title);
        Assert.Equal(["1.014199.H05", "1.014200.H05", "1.014201.H05", "1.014196.H05", "1.014197.H05", "1.014198.H05"], reading.Items.Select(i => i.Code));
        Assert.Equal([10, 3, 10, 5, 3, 5], reading.Items.Select(i => i.Content!.ProcessingDays));
        Assert.All(reading.Items, i => Assert.True(i.Content!.WorkingDays));
        Assert.All(reading.Items, i => Assert.Equal(ChangeKind.New, i.Change));

        var first = reading.Items[0].Content!;
        Assert.Equal("Cấp giấy phép lao động đối với người lao động nước ngoài làm việc tại Việt Nam", first.Name);
        Assert.Equal("Cấp lại giấy xác nhận không thuộc diện cấp giấy phép lao động đối với người lao động nước ngoài làm việc tại Việt Nam", reading.Items[4].Content!.Name);
        Assert.Equal("Việc làm", first.Sector);
        Assert.Equal(new DeliveryMethods(true, true, true), first.Methods);
        Assert.True(first.PostalService);
        Assert.True(first.OneStop);
        Assert.StartsWith("Trung tâm Phục vụ hành chính công cấp tỉnh; địa chỉ tầng 1 và tầng 2 (giữa 2 toà nhà A, B)", first.Place);
        Assert.Contains("Điểm tiếp nhận và trả kết quả phường Kinh Bắc", first.Place);
        Assert.DoesNotContain("thẩm quyền quyết định", first.Place);
        Assert.StartsWith("Ban Quản lý các Khu công nghiệp", first.ImplementingAgency);
        var basis = Assert.Single(first.LegalBases);
        Assert.Equal("432/QĐ-UBND", basis.Number);
        Assert.Equal(new DateOnly(2025, 11, 13), basis.Date);
        Assert.Equal("UBND tỉnh Bắc Ninh", basis.Issuer);
        Assert.Empty(first.Fees);
    }

    [Fact]
    public void The_traps_of_the_Bac_Ninh_text_are_flagged_with_their_lines_not_papered_over()
    {
        var flags = BacNinh().Flags;
        DecisionFlag Only(string field) => Assert.Single(flags, f => f.Field == field);

        var effective = Only("effectiveDate");
        Assert.Equal(128, effective.Line);
        Assert.Contains("trước ngày ban hành 22/11/2025", effective.Message);

        var appendix = Only("appendix");
        Assert.Equal(157, appendix.Line);
        Assert.Contains("để trống số hoặc ngày", appendix.Message);

        var deadline = Only("internalProcedureDeadline");
        Assert.Equal(120, deadline.Line);
        Assert.Contains("05 ngày làm việc", deadline.Message);

        // Điều 1 publishes six amended procedures; the appendix lists them as new.
        var changes = flags.Where(f => f.Field.EndsWith(".change", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, changes.Count);
        Assert.All(changes, c => Assert.Contains("Điều 1 công bố thủ tục sửa đổi, bổ sung nhưng thủ tục này nằm trong danh mục \"mới ban hành\"", c.Message));
        Assert.All(changes, c => Assert.Equal(155, c.Line));

        // Two cases of time limit: 10 working days when granted, 03 when refused.
        var times = flags.Where(f => f.Field.EndsWith(".content.processingDays", StringComparison.Ordinal)).ToList();
        Assert.Equal(["items[0].content.processingDays", "items[3].content.processingDays"], times.Select(t => t.Field));
        Assert.Equal("1.014199.H05", times[0].Procedure);
        Assert.Equal(205, times[0].Line);
        Assert.Contains("10 ngay lam viec; 03 ngay lam viec", times[0].Message);

        // Fees with no amount, and what a list carries no trace of.
        Assert.Equal(6, flags.Count(f => f.Field.EndsWith(".content.fees", StringComparison.Ordinal) && f.Message.Contains("không nêu số tiền")));
        foreach (var field in new[] { "dossier", "steps", "result", "onlineLevel", "applicants" })
        {
            Assert.Equal(6, flags.Count(f => f.Field.EndsWith($".content.{field}", StringComparison.Ordinal)));
        }

        Assert.DoesNotContain(flags, f => f.Field is "number" or "date" or "signer" or "issuer" or "title" or "items");
        Assert.DoesNotContain(flags, f => f.Field.EndsWith(".code", StringComparison.Ordinal) || f.Field.EndsWith(".name", StringComparison.Ordinal));
        Assert.Equal(flags.Count, flags.Select(f => f.Id).Distinct().Count());
    }

    private static void AssertKhanhHoa(DecisionReading reading)
    {
        Assert.Equal("2345/QĐ-UBND", reading.Number);
        Assert.Equal(new DateOnly(2026, 6, 15), reading.Date);
        Assert.Equal(new DateOnly(2026, 6, 15), reading.EffectiveDate);
        Assert.Equal("Nguyễn Thanh Hà", reading.Signer);
        Assert.Equal("Chủ tịch UBND tỉnh Khánh Hòa", reading.Issuer);
        Assert.Equal([(ChangeKind.New, KhanhHoaDecision.NewCode), (ChangeKind.Amended, KhanhHoaDecision.AmendedCode), (ChangeKind.Abolished, KhanhHoaDecision.AbolishedCode)],
            reading.Items.Select(i => (i.Change, i.Code)));
        Assert.Null(reading.Items[2].Content);

        var added = reading.Items[0].Content!;
        Assert.Equal(KhanhHoaDecision.NewName, added.Name, ignoreCase: true);
        Assert.Equal("Đầu tư", added.Sector);
        Assert.Equal(3, added.Steps.Count);
        Assert.StartsWith("Bước 1: Nhà đầu tư nộp hồ sơ", added.Steps[0]);
        Assert.Equal(new DeliveryMethods(true, true, true), added.Methods);
        Assert.Equal(OnlineLevels.Full, added.OnlineLevel);
        Assert.Equal(3, added.Dossier.Count);
        Assert.Equal(new DossierComponent("Văn bản đề nghị thực hiện dự án đầu tư (Mẫu A.I.1): 01 bản chính", 1, 0, true, "Mẫu A.I.1"), added.Dossier[0]);
        Assert.Equal(1, added.Dossier[1].Copies);
        Assert.Equal(15, added.ProcessingDays);
        Assert.True(added.WorkingDays);
        Assert.Equal("Nhà đầu tư (tổ chức, cá nhân).", added.Applicants);
        Assert.Equal("Ban Quản lý Khu kinh tế Vân Phong.", added.ImplementingAgency);
        Assert.Equal("Giấy chứng nhận đăng ký đầu tư.", added.Result);
        Assert.Empty(added.Fees);
        Assert.Null(added.Conditions);
        Assert.Equal(["61/2020/QH14", "31/2021/NĐ-CP"], added.LegalBases.Select(b => b.Number));
        Assert.Equal(new DateOnly(2021, 3, 26), added.LegalBases[1].Date);
        Assert.Equal("Chính phủ", added.LegalBases[1].Issuer);
        Assert.True(added.OneStop);

        var amended = reading.Items[1].Content!;
        Assert.Equal(OnlineLevels.Partial, amended.OnlineLevel);
        Assert.Equal(new Fee("Lệ phí điều chỉnh", 500_000, null), Assert.Single(amended.Fees));
        Assert.Equal("Giấy chứng nhận đăng ký đầu tư điều chỉnh.", amended.Result);

        // The one field written without a number of days.
        var flag = Assert.Single(reading.Flags);
        Assert.Equal("items[1].content.processingDays", flag.Field);
        Assert.Equal(KhanhHoaDecision.AmendedCode, flag.Procedure);
        Assert.Equal("d) Thời hạn giải quyết: Theo quy định.", flag.Text);
        Assert.Contains("Không đọc được số ngày", flag.Message);
    }

    [Fact]
    public void A_Khanh_Hoa_layout_docx_is_read_field_by_field_with_the_one_unreadable_field_flagged()
    {
        var source = DecisionDocument.Open(KhanhHoaDecision.Docx(), Options);

        Assert.Equal(DecisionDocument.Docx, source.Kind);
        var reading = DecisionReader.Read(source.Lines);
        AssertKhanhHoa(reading);
        Assert.Equal(KhanhHoaDecision.NewName, reading.Items[0].Content!.Name);
        Assert.Equal("Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa", reading.Items[0].Content!.Place);
    }

    [Fact]
    public void The_sample_docx_in_the_repository_reads_as_the_one_the_test_builds()
    {
        var sample = DecisionDocument.Open(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "decisions", "khanhhoa-2345-QD-UBND-2026.docx")), Options);

        var built = DecisionReader.Read(DecisionDocument.Open(KhanhHoaDecision.Docx(), Options).Lines);
        Assert.Equal(Json(built), Json(DecisionReader.Read(sample.Lines)));
    }

    private static string Json(DecisionReading reading) => System.Text.Json.JsonSerializer.Serialize(reading);

    [Fact]
    public void A_pdf_with_a_text_layer_is_read_like_the_docx()
    {
        var source = DecisionDocument.Open(KhanhHoaDecision.Pdf(), Options);

        Assert.Equal(DecisionDocument.Pdf, source.Kind);
        var reading = DecisionReader.Read(source.Lines);
        // Without the lists of Phần I: no place, and the abolished procedure is not there.
        Assert.Equal(["items", "items[0].content.place", "items[1].content.place", "items[1].content.processingDays"], reading.Flags.Select(f => f.Field).Order());
        AssertKhanhHoaWithoutLists(reading);
    }

    private static void AssertKhanhHoaWithoutLists(DecisionReading reading)
    {
        Assert.Equal("2345/QĐ-UBND", reading.Number);
        Assert.Equal("Nguyễn Thanh Hà", reading.Signer);
        Assert.Equal([(ChangeKind.New, KhanhHoaDecision.NewCode), (ChangeKind.Amended, KhanhHoaDecision.AmendedCode)], reading.Items.Select(i => (i.Change, i.Code)));
        Assert.Equal(15, reading.Items[0].Content!.ProcessingDays);
        Assert.Equal(3, reading.Items[0].Content!.Dossier.Count);
        Assert.Equal(new Fee("Lệ phí điều chỉnh", 500_000, null), Assert.Single(reading.Items[1].Content!.Fees));
        Assert.Contains(reading.Flags, f => f.Field == "items[1].content.processingDays");
        Assert.Contains(reading.Flags, f => f.Field == "items" && f.Message.Contains("Điều 1 nêu 03 thủ tục nhưng đọc được 02"));
    }

    [Fact]
    public void A_scanned_pdf_without_a_text_layer_is_refused_with_the_reason()
    {
        var refusal = Assert.Throws<DecisionDocumentException>(() => DecisionDocument.Open(KhanhHoaDecision.ScannedPdf(), Options));

        Assert.Equal(400, refusal.Status);
        Assert.Contains("không có lớp văn bản", refusal.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, 415, "ảnh")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x43 }, 415, "ký tự điều khiển")]
    [InlineData(new byte[] { 0xC3, 0x28, 0x41 }, 415, "UTF-8")]
    public void A_file_that_is_no_decision_document_is_refused(byte[] content, int status, string why)
    {
        var refusal = Assert.Throws<DecisionDocumentException>(() => DecisionDocument.Open(content, Options));

        Assert.Equal(status, refusal.Status);
        Assert.Contains(why, refusal.Message);
    }

    [Fact]
    public void Headings_are_matched_without_accents_or_case_and_a_missing_header_is_flagged_not_invented()
    {
        string[] text =
        [
            "So: /QD-UBND",
            "QUYET DINH",
            "Dieu 1. Cong bo danh muc 01 thu tuc hanh chinh bi bai bo.",
            "danh muc thu tuc hanh chinh BI BAI BO",
            "|", "STT", "|", "Mã TTHC", "|", "Tên TTHC", "|", "|",
            "1", "|", "1.000111", "|", "Thủ tục cũ", "|",
        ];

        var reading = DecisionReader.Read(text);

        Assert.Null(reading.Number);
        Assert.Null(reading.Date);
        Assert.Null(reading.Signer);
        Assert.Null(reading.EffectiveDate);
        var item = Assert.Single(reading.Items);
        Assert.Equal((ChangeKind.Abolished, "1.000111"), (item.Change, item.Code));
        Assert.Equal(["number", "date", "title", "issuer", "effectiveDate", "signer"], reading.Flags.Select(f => f.Field));
        Assert.Equal(1, reading.Flags[0].Line);
    }
}
