using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace VanPhong.UnitTests.Catalog;

/// <summary>
/// A publication decision in the layout the Khánh Hòa decisions use: Phần I, the three lists (new, amended, abolished)
/// as tables; Phần II, each procedure's content under the TT 02/2017 headings a) … l). The amended procedure's time
/// limit is deliberately written without a number of days ("Theo quy định"): the one thing a reading must flag.
/// </summary>
public static class KhanhHoaDecision
{
    public const string NewCode = "1.013001.H38";
    public const string AmendedCode = "1.009645.H38";
    public const string AbolishedCode = "1.009650.H38";

    public const string NewName = "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư";
    public const string AmendedName = "Điều chỉnh Giấy chứng nhận đăng ký đầu tư";
    public const string AbolishedName = "Chấm dứt hoạt động dự án đầu tư theo quyết định của nhà đầu tư";

    private static readonly string[] Header =
    [
        "ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 2345/QĐ-UBND", "Khánh Hòa, ngày 15 tháng 6 năm 2026",
        "QUYẾT ĐỊNH",
        "Về việc công bố danh mục thủ tục hành chính mới ban hành, được sửa đổi, bổ sung và bị bãi bỏ trong lĩnh vực Đầu tư thuộc phạm vi chức năng quản lý của Ban Quản lý Khu kinh tế Vân Phong",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;",
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;",
        "Theo đề nghị của Trưởng ban Ban Quản lý Khu kinh tế Vân Phong.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính mới ban hành, được sửa đổi, bổ sung và bị bãi bỏ trong lĩnh vực Đầu tư thuộc phạm vi chức năng quản lý của Ban Quản lý Khu kinh tế Vân Phong.",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        "Điều 3. Chánh Văn phòng UBND tỉnh, Trưởng ban Ban Quản lý Khu kinh tế Vân Phong và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận:", "- Như Điều 3;", "- Cục Kiểm soát TTHC (VPCP);", "- Lưu: VT.",
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thanh Hà",
        "PHỤ LỤC",
        "DANH MỤC VÀ NỘI DUNG THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, ĐƯỢC SỬA ĐỔI, BỔ SUNG VÀ BỊ BÃI BỎ TRONG LĨNH VỰC ĐẦU TƯ",
        "(Kèm theo Quyết định số 2345/QĐ-UBND ngày 15/6/2026 của Chủ tịch UBND tỉnh Khánh Hòa)",
    ];

    private const string Place = "Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa";
    private const string Agency = "Ban Quản lý Khu kinh tế Vân Phong";

    private static string[] Content(bool amended, bool withCode) =>
    [
        $"1. Thủ tục {(amended ? AmendedName.ToLowerInvariant() : NewName.ToLowerInvariant())}" + (withCode ? $" (Mã số TTHC: {(amended ? AmendedCode : NewCode)})" : ""),
        "a) Trình tự thực hiện:",
        "- Bước 1: Nhà đầu tư nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.",
        "- Bước 2: Ban Quản lý Khu kinh tế Vân Phong thẩm định hồ sơ.",
        amended ? "- Bước 3: Ban Quản lý điều chỉnh Giấy chứng nhận đăng ký đầu tư." : "- Bước 3: Ban Quản lý cấp Giấy chứng nhận đăng ký đầu tư.",
        "b) Cách thức thực hiện:",
        "- Nộp trực tiếp hoặc qua dịch vụ bưu chính công ích tại Trung tâm Phục vụ hành chính công tỉnh;",
        amended ? "- Nộp trực tuyến trên Cổng Dịch vụ công quốc gia (dịch vụ công trực tuyến một phần)." : "- Nộp trực tuyến trên Cổng Dịch vụ công quốc gia (dịch vụ công trực tuyến toàn trình).",
        "c) Thành phần, số lượng hồ sơ:",
        "* Thành phần hồ sơ:",
        amended ? "- Văn bản đề nghị điều chỉnh dự án đầu tư (Mẫu A.I.8): 01 bản chính;" : "- Văn bản đề nghị thực hiện dự án đầu tư (Mẫu A.I.1): 01 bản chính;",
        "- Bản sao giấy tờ pháp lý của nhà đầu tư: 01 bản sao;",
        "- Đề xuất dự án đầu tư: 01 bản chính.",
        "* Số lượng hồ sơ: 01 bộ.",
        amended ? "d) Thời hạn giải quyết: Theo quy định." : "d) Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "đ) Đối tượng thực hiện: Nhà đầu tư (tổ chức, cá nhân).",
        $"e) Cơ quan thực hiện: {Agency}.",
        amended ? "g) Kết quả thực hiện: Giấy chứng nhận đăng ký đầu tư điều chỉnh." : "g) Kết quả thực hiện: Giấy chứng nhận đăng ký đầu tư.",
        amended ? "h) Phí, lệ phí: Lệ phí điều chỉnh 500.000 đồng/lần." : "h) Phí, lệ phí: Không.",
        "i) Tên mẫu đơn, mẫu tờ khai: theo Thông tư số 25/2023/TT-BKHĐT.",
        "k) Yêu cầu, điều kiện thực hiện: Không.",
        "l) Căn cứ pháp lý:",
        "- Luật Đầu tư số 61/2020/QH14 ngày 17/6/2020;",
        "- Nghị định số 31/2021/NĐ-CP ngày 26/3/2021 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư.",
    ];

    private static IEnumerable<object> Body(bool withTables)
    {
        foreach (var line in Header)
        {
            yield return line;
        }

        if (withTables)
        {
            string[] columns = ["STT", "Mã số TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Địa điểm thực hiện", "Cơ quan thực hiện"];
            yield return "Phần I. DANH MỤC THỦ TỤC HÀNH CHÍNH";
            yield return "A. Danh mục thủ tục hành chính mới ban hành";
            yield return new[] { columns, ["1", NewCode, NewName, "Đầu tư", Place, Agency] };
            yield return "B. Danh mục thủ tục hành chính được sửa đổi, bổ sung";
            yield return new[] { columns, ["1", AmendedCode, AmendedName, "Đầu tư", Place, Agency] };
            yield return "C. Danh mục thủ tục hành chính bị bãi bỏ";
            yield return new[]
            {
                ["STT", "Mã số TTHC", "Tên thủ tục hành chính", "Tên VBQPPL quy định việc bãi bỏ", "Lĩnh vực"],
                new[] { "1", AbolishedCode, AbolishedName, "Nghị định số 31/2021/NĐ-CP", "Đầu tư" },
            };
        }

        yield return "Phần II. NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH";
        yield return "A. THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH";
        yield return "I. Lĩnh vực Đầu tư";
        foreach (var line in Content(amended: false, withCode: !withTables))
        {
            yield return line;
        }

        yield return "B. THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG";
        yield return "I. Lĩnh vực Đầu tư";
        foreach (var line in Content(amended: true, withCode: !withTables))
        {
            yield return line;
        }
    }

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var element in Body(withTables: true))
            {
                body.Append(element switch
                {
                    string text => Paragraph(text),
                    string[][] rows => Table(rows),
                    _ => throw new InvalidOperationException(),
                });
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The same decision as a PDF with a text layer (no tables: each procedure of Phần II names its code).</summary>
    public static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        var lines = Body(withTables: false).Cast<string>().SelectMany(l => Wrap(l, 95)).ToList();
        const double size = 8, leading = 11, top = 800, bottom = 40;
        PdfPageBuilder? page = null;
        var y = top;
        foreach (var line in lines)
        {
            if (page is null || y < bottom)
            {
                page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                y = top;
            }

            page.AddText(line, size, new PdfPoint(40, y), font);
            y -= leading;
        }

        return builder.Build();
    }

    /// <summary>A PDF such as a scanner makes: pages, no text.</summary>
    public static byte[] ScannedPdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new PdfPoint(40, 40), 500, 700);
        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string line, int width)
    {
        var current = "";
        foreach (var word in line.Split(' '))
        {
            if (current.Length > 0 && current.Length + word.Length + 1 > width)
            {
                yield return current;
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        if (current.Length > 0)
        {
            yield return current;
        }
    }

    private static Paragraph Paragraph(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(string[][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single })));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(Paragraph(cell)))));
        }

        return table;
    }
}
