using System.Globalization;
using VanPhong.Documents;

namespace VanPhong.Plans.Documents;

/// <summary>
/// A plan as an Excel workbook: sheet "Thông tin" (the decision: year, number, date, signer, budget, legal bases) and
/// sheet "Phụ lục" (the appendix: one row per section heading, group heading and item). Export and import agree.
/// </summary>
public static class PlanSpreadsheet
{
    private const string InfoSheet = "Thông tin";
    private const string AppendixSheet = "Phụ lục";
    private static readonly string[] Header =
        ["Mã", "Thuộc", "Loại", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị thực hiện", "Đơn vị phối hợp", "Kết quả", "Trọng số"];

    public static byte[] Write(PlanDocument plan)
    {
        var info = new List<IReadOnlyList<object?>>
        {
            Pair("Năm", plan.Year),
            Pair("Tên kế hoạch", plan.Title),
            Pair("Số quyết định", plan.DecisionNumber),
            Pair("Ngày quyết định", plan.DecisionDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? plan.DecisionDateText),
            Pair("Người ký", plan.Signer),
            Pair("Chức vụ người ký", plan.SignerTitle),
            Pair("Kinh phí (đồng)", plan.Budget),
            Pair("Mục đích, yêu cầu", plan.Purpose),
            Pair("Tổ chức thực hiện", plan.Organisation),
        };
        info.AddRange(plan.LegalBases.Select(b => Pair("Căn cứ", b)));

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var section in plan.Sections)
        {
            rows.Add([section.Code, null, "Mục", section.Title, null, null, null, null, null]);
            rows.AddRange(section.Items.Select(i => (IReadOnlyList<object?>)
                [i.Code, i.ParentCode, i.IsGroup ? "Nhóm" : "Nhiệm vụ", i.Content, i.Timeframe, i.LeadUnits, i.CoordinatingUnits, i.ExpectedResult, i.Weight]));
        }

        return Spreadsheet.Write(
            new SheetContent(InfoSheet, [plan.Title], ["Thông tin", "Giá trị"], info, [28, 100]),
            new SheetContent(AppendixSheet, [$"PHỤ LỤC KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM {plan.Year}"], Header, rows, [9, 9, 10, 60, 22, 26, 26, 50, 9]));

        static IReadOnlyList<object?> Pair(string key, object? value) => [key, value];
    }

    /// <summary>Reads a plan back from its workbook, within <paramref name="limits"/> (defaults when null).</summary>
    public static PlanDocument Read(Stream xlsx, SpreadsheetLimits? limits = null)
    {
        var info = Spreadsheet.Read(xlsx, InfoSheet, limits);
        xlsx.Position = 0;
        var appendix = Spreadsheet.Read(xlsx, AppendixSheet, limits);

        string? Value(string key) => info.FirstOrDefault(r => r.Length > 1 && r[0] == key)?[1] is { Length: > 0 } v ? v : null;
        var year = int.TryParse(Value("Năm"), out var y) ? y : throw new PlanFormatException(0, "Trang \"Thông tin\" không có năm hợp lệ.");
        var header = appendix.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.Length > 3 && x.r[0] == "Mã" && x.r[3] == Header[3]);
        if (header.r is null)
        {
            throw new PlanFormatException(0, "Trang \"Phụ lục\" không có dòng tiêu đề (Mã | Thuộc | Loại | Nội dung công việc | …).");
        }

        var sections = new List<SectionDocument>();
        foreach (var (cells, index) in appendix.Skip(header.i + 1).Select((r, i) => (Pad(r), header.i + i + 2)))
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string? Cell(int i) => string.IsNullOrWhiteSpace(cells[i]) ? null : cells[i].Trim();
            if (cells[2] == "Mục")
            {
                sections.Add(new SectionDocument(Cell(0) ?? throw new PlanFormatException(index, "Mục không có mã."), Cell(3) ?? "", []));
                continue;
            }

            if (sections.Count == 0)
            {
                throw new PlanFormatException(index, "Dòng nhiệm vụ đứng trước mục đầu tiên.");
            }

            if (cells[2] is not ("Nhóm" or "Nhiệm vụ"))
            {
                throw new PlanFormatException(index, $"Cột \"Loại\" phải là Mục, Nhóm hoặc Nhiệm vụ (đang là \"{cells[2]}\").");
            }

            var item = new ItemDocument(
                Cell(0) ?? throw new PlanFormatException(index, "Nhiệm vụ không có mã."),
                Cell(1),
                cells[2] == "Nhóm",
                Cell(3) ?? throw new PlanFormatException(index, "Nhiệm vụ không có nội dung."),
                Cell(4),
                Cell(5),
                Cell(6),
                Cell(7),
                int.TryParse(Cell(8), out var weight) ? weight : 1);
            var last = sections[^1];
            sections[^1] = last with { Items = [.. last.Items, item] };
        }

        return new PlanDocument(
            year,
            Value("Tên kế hoạch") ?? $"Kế hoạch kiểm soát thủ tục hành chính năm {year}",
            Value("Số quyết định"),
            DateOnly.TryParseExact(Value("Ngày quyết định"), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            Value("Ngày quyết định"),
            Value("Người ký"),
            Value("Chức vụ người ký"),
            info.Where(r => r.Length > 1 && r[0] == "Căn cứ").Select(r => r[1]).ToList(),
            long.TryParse(Value("Kinh phí (đồng)"), NumberStyles.Any, CultureInfo.InvariantCulture, out var budget) ? budget : 0,
            Value("Mục đích, yêu cầu"),
            Value("Tổ chức thực hiện"),
            sections);

        static string[] Pad(string[] row) => [.. row, .. Enumerable.Repeat("", Math.Max(0, 9 - row.Length))];
    }
}
