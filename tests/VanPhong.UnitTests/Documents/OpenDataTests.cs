using System.Text;
using System.Text.Json;
using VanPhong.Documents;

namespace VanPhong.UnitTests.Documents;

/// <summary>The open-data writer: RFC 4180 CSV that spreadsheets cannot be tricked by, JSON with its licence, the same values in every format.</summary>
public sealed class OpenDataTests
{
    private static readonly OpenDataset Sample = new("thu", "Thử", "Bộ dữ liệu thử", new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero),
        [new("chu", "Chữ"), new("so", "Số"), new("ngay", "Ngày"), new("co", "Có")],
        [
            ["=HYPERLINK(\"http://x\")", -12.5, new DateOnly(2026, 3, 14), true],
            ["-chữ", 1_234_567L, null, false],
            ["dòng 1\ndòng 2, \"trích\"", 0, new DateOnly(2026, 1, 1), null],
            ["-12.5", 3, null, null],
        ]);

    [Fact]
    public void A_csv_quotes_what_needs_quoting_and_writes_a_cell_a_spreadsheet_would_run_as_text()
    {
        var bytes = OpenData.Csv(Sample);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            "chu,so,ngay,co\r\n"
            + "\"'=HYPERLINK(\"\"http://x\"\")\",-12.5,2026-03-14,true\r\n"
            + "'-chữ,1234567,,false\r\n"
            + "\"dòng 1\ndòng 2, \"\"trích\"\"\",0,2026-01-01,\r\n"
            + "-12.5,3,,\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void The_json_carries_the_licence_the_date_of_the_data_and_typed_values()
    {
        using var json = JsonDocument.Parse(OpenData.Json(Sample));
        var root = json.RootElement;
        Assert.Equal(OpenData.LicenceUrl, root.GetProperty("licenseUrl").GetString());
        Assert.Equal(Sample.DataAsOf, root.GetProperty("dataAsOf").GetDateTimeOffset());
        var first = root.GetProperty("rows")[0];
        Assert.Equal("=HYPERLINK(\"http://x\")", first.GetProperty("chu").GetString()); // JSON is data, not a spreadsheet: no guard
        Assert.Equal(-12.5, first.GetProperty("so").GetDouble());
        Assert.Equal("2026-03-14", first.GetProperty("ngay").GetString());
        Assert.True(first.GetProperty("co").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("rows")[1].GetProperty("ngay").ValueKind);
    }

    [Fact]
    public void The_file_is_named_for_the_dataset_and_the_day_of_its_data_in_Vietnam_and_an_unknown_format_gives_nothing()
    {
        Assert.Equal("thu-2026-12-01.xlsx", OpenData.Write(Sample, "XLSX")!.FileName);
        Assert.Equal("thu-2026-12-02.csv", OpenData.Write(Sample with { DataAsOf = new DateTimeOffset(2026, 12, 1, 17, 30, 0, TimeSpan.Zero) }, "csv")!.FileName);
        Assert.Null(OpenData.Write(Sample, "pdf"));
        var rows = Spreadsheet.Read(new MemoryStream(OpenData.Xlsx(Sample)), "Dữ liệu");
        Assert.Equal(["Chữ", "Số", "Ngày", "Có"], rows[0]);
        Assert.Equal(["chu", "so", "ngay", "co"], rows[1]);
        Assert.Equal("1234567", rows[3][1]);
    }
}
