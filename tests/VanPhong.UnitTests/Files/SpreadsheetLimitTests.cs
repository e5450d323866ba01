using VanPhong.Documents;
using VanPhong.Plans.Documents;
using VanPhong.Reporting.Dossiers;

namespace VanPhong.UnitTests.Files;

/// <summary>A workbook is read within bounds of rows, columns and cells, whatever its cell references claim.</summary>
public sealed class SpreadsheetLimitTests
{
    private static IReadOnlyList<string[]> Read(byte[] xlsx, SpreadsheetLimits? limits = null) => Spreadsheet.Read(new MemoryStream(xlsx), limits: limits);

    private static string Refusal(byte[] xlsx, SpreadsheetLimits? limits = null) => Assert.Throws<InvalidDataException>(() => Read(xlsx, limits)).Message;

    [Fact]
    public void A_cell_at_ZZZZZZ1_is_refused_at_once_instead_of_filling_in_empty_cells_up_to_it()
    {
        var xlsx = Zips.Workbook([[("A1", "Mã"), ("ZZZZZZ1", "x")]]);
        Read(Zips.Workbook([[("A1", "warm-up")]]));

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var message = Refusal(xlsx);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal("Ô ZZZZZZ1 vượt quá 16.384 cột, giới hạn của Excel (cột cuối cùng là XFD).", message);
        Assert.True(allocated < 16 * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void The_last_column_of_Excel_is_still_read()
    {
        var row = Assert.Single(Read(Zips.Workbook([[("A1", "đầu"), ("XFD1", "cuối")]])));

        Assert.Equal((16_384, "đầu", "cuối", ""), (row.Length, row[0], row[^1], row[1]));
    }

    [Fact]
    public void Rows_beyond_the_limit_are_refused()
    {
        var xlsx = Zips.Workbook(Enumerable.Range(1, 6).Select(i => new[] { ($"A{i}", $"dòng {i}") }));

        Assert.Equal(6, Read(xlsx, new SpreadsheetLimits { MaxRows = 6 }).Count);
        Assert.Equal("Trang tính có hơn 5 dòng, vượt giới hạn một lần nhập.", Refusal(xlsx, new SpreadsheetLimits { MaxRows = 5 }));
    }

    [Fact]
    public void Rows_that_each_reach_far_right_are_refused_for_the_empty_cells_they_would_cost()
    {
        // 100 rows of one cell each at XFD: 1.6 million cells once the empty ones before are filled in.
        var xlsx = Zips.Workbook(Enumerable.Range(1, 100).Select(i => new[] { ($"XFD{i}", "x") }));

        Assert.StartsWith("Trang tính có hơn 1.000.000 ô", Refusal(xlsx));
    }

    [Fact]
    public void A_shared_string_table_larger_than_the_cells_allowed_is_refused()
    {
        var xlsx = Zips.Workbook([[("A1", "x")]], sharedStrings: 11);

        Assert.Equal("Bảng tính có hơn 10 chuỗi dùng chung, vượt giới hạn một lần nhập.", Refusal(xlsx, new SpreadsheetLimits { MaxCells = 10 }));
    }

    [Fact]
    public void A_workbook_bomb_is_refused_before_it_is_opened() =>
        Assert.Contains("vượt giới hạn 20 MB mỗi mục", Refusal(Zips.HundredMegabyteDocx));

    [Fact]
    public void A_written_workbook_reads_back_as_before()
    {
        var xlsx = Spreadsheet.Write(new SheetContent("Trang", ["Tiêu đề"], ["Mã", "Tên"], [["1.009645", "Cấp giấy phép"], [null, 3]]));

        Assert.Equal([["Tiêu đề"], ["Mã", "Tên"], ["1.009645", "Cấp giấy phép"], ["", "3"]], Read(xlsx));
    }

    [Fact]
    public void An_empty_row_stays_a_row_so_that_line_numbers_do_not_shift()
    {
        // A row without cells is one self-closing element: the streaming reader must still see where it ends.
        var rows = Read(Zips.Workbook([[("A1", "đầu")], [], [("A3", "cuối")]]));

        Assert.Equal([["đầu"], [], ["cuối"]], rows);
    }

    [Fact]
    public void A_plan_workbook_with_a_cell_at_ZZZZZZ1_is_refused_in_Vietnamese()
    {
        var xlsx = Zips.Workbook([[("A1", "Năm"), ("ZZZZZZ1", "2024")]], sheet: "Thông tin");

        Assert.Contains("vượt quá 16.384 cột", Assert.Throws<InvalidDataException>(() => PlanSpreadsheet.Read(new MemoryStream(xlsx))).Message);
    }

    [Fact]
    public void A_dossier_file_that_is_a_bomb_says_so_and_imports_nothing()
    {
        var (rows, errors, source) = DossierImporter.Parse(Zips.HundredMegabyteDocx);

        Assert.Equal(("xlsx", 0), (source, rows.Count));
        Assert.StartsWith("Không đọc được tệp .xlsx: Mục \"word/document.xml\"", Assert.Single(errors).Message);
    }
}
