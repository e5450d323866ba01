using System.Text;
using VanPhong.Reporting.Dossiers;

namespace VanPhong.UnitTests.Reporting;

public sealed class DossierExportReaderTests
{
    private const string Header = "Mã hồ sơ;Mã TTHC;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả;Trạng thái;Lý do trễ hạn;Số hóa;Thanh toán trực tuyến;Phiếu xin lỗi;Chỉ số 1;Chỉ số 7";

    [Theory]
    [InlineData("000.00.15.H34-260406-0001", true)]
    [InlineData("000.00.15.H34-260230-0001", false)] // 30 February
    [InlineData("000.00.15.H34-261301-0001", false)] // month 13
    [InlineData("000.00.15.H34-260406-001", false)]
    [InlineData("H34-260406-0001", false)]
    public void A_dossier_code_follows_article_19_with_a_real_day(string code, bool valid) =>
        Assert.Equal(valid, DossierExportReader.IsDossierCode(code));

    [Theory]
    [InlineData("06/04/2026", 2026, 4, 6)]
    [InlineData("6/4/2026 08:15", 2026, 4, 6)]
    [InlineData("06/04/2026 17:05:09", 2026, 4, 6)]
    [InlineData("2026-04-06", 2026, 4, 6)]
    [InlineData("46118", 2026, 4, 6)]
    [InlineData("46118.34", 2026, 4, 6)]
    public void Dates_are_read_as_the_export_writes_them(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), DossierExportReader.ParseDate(text));

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("04/06/26")]
    [InlineData("12")]
    public void Impossible_dates_are_not_dates(string text) => Assert.Null(DossierExportReader.ParseDate(text));

    [Fact]
    public void Every_bad_cell_is_named_with_its_line_and_column_and_blank_lines_keep_the_numbering()
    {
        var csv = "\uFEFFDanh sách hồ sơ\n" + Header + "\n"
            + "000.00.15.H34-260406-0001;1.009645;Trực tuyến;06/04/2026 08:15;05/05/2026;28/04/2026;Đã trả kết quả;;Có;Có;Không;2;2\n"
            + "\n"
            + "000.00.15.H34-260230-0001;1.009645;Trực tuyến;06/04/2026;05/05/2026;;Đang giải quyết;;;;;;\n"   // line 5: bad code
            + "000.00.15.H34-260406-0002;1.009645;Fax;06/04/2026;01/04/2026;;Đang giải quyết;;;;;3;\n"      // line 6: channel, due, points
            + "000.00.15.H34-260406-0003;1.009645;Trực tiếp;06/04/2026;10/04/2026;09/04/2026;Đang giải quyết;\"lý do; có dấu chấm phẩy\";Có;;;;\n" // line 7: pending with a return date
            + "000.00.15.H34-260406-0004;1.014199;Bưu chính;06/04/2026;10/04/2026;;Đã trả kết quả;;Có;;;;\n"; // line 8: returned without date

        var errors = new List<RowError>();
        var rows = DossierExportReader.Read(CsvTable.Read(Encoding.UTF8.GetBytes(csv)), new DossierExportOptions(), errors);

        var (line, dossier) = Assert.Single(rows);
        Assert.Equal(3, line);
        Assert.Equal(DossierChannel.Online, dossier.Channel);
        Assert.Equal(new DateOnly(2026, 4, 28), dossier.ReturnedOn);
        Assert.True(dossier.Digitised && dossier.PaidOnline && !dossier.ApologyIssued);
        Assert.Equal(2, dossier.Evaluation.Indicator7);
        Assert.Equal([5, 6, 6, 6, 7, 8], errors.Select(e => e.Row));
        Assert.Equal(["Mã hồ sơ", "Hình thức nộp", "Ngày hẹn trả", "Chỉ số 1", "Ngày trả kết quả", "Ngày trả kết quả"], errors.Select(e => e.Column));
        Assert.Contains("Dòng 6, cột Chỉ số 1: \"3\" không phải điểm", errors[3].Message);
    }

    [Fact]
    public void An_operator_maps_a_province_that_names_its_columns_otherwise()
    {
        var options = new DossierExportOptions
        {
            Columns = new() { [DossierField.Code] = "So ho so", [DossierField.Received] = "Ngay nop" },
            ChannelWords = new() { ["Online"] = ["DVC"] },
            StatusWords = new() { ["Returned"] = ["Xong"] },
        };
        var csv = "SỐ HỒ SƠ,Mã TTHC,Hình thức nộp,Ngày nộp,Ngày hẹn trả,Ngày trả kết quả,Trạng thái,Số hóa,Thanh toán trực tuyến,Phiếu xin lỗi\n"
            + "000.00.15.H34-260406-0001,1.009645,dvc,06/04/2026,05/05/2026,05/05/2026,xong,có,không,không\n";

        var errors = new List<RowError>();
        var rows = DossierExportReader.Read(CsvTable.Read(csv), options, errors);

        Assert.Empty(errors);
        Assert.Equal(DossierStatus.Returned, Assert.Single(rows).Dossier.Status);
        Assert.Equal(DossierChannel.Online, rows[0].Dossier.Channel);
    }

    [Theory]
    [InlineData("ho-so-mau.csv", "csv")]
    [InlineData("ho-so-mau.xlsx", "xlsx")]
    public void The_example_exports_in_the_repository_read_without_a_problem(string file, string source)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "VanPhong.Aspire.sln")))
        {
            directory = directory.Parent;
        }

        var (rows, errors, read) = DossierExportReader.Parse(File.ReadAllBytes(Path.Combine(directory!.FullName, "samples", "dossiers", file)), new DossierExportOptions());

        Assert.Empty(errors);
        Assert.Equal(source, read);
        Assert.Equal(6, rows.Count);
        Assert.Equal(new DateOnly(2026, 4, 28), rows[0].Dossier.ReturnedOn);
        Assert.Equal(0, rows[2].Dossier.Evaluation.Indicator1); // returned after its due day
        Assert.Equal(DossierStatus.Refused, rows[4].Dossier.Status);
    }

    [Fact]
    public void An_evaluation_that_contradicts_the_dossiers_own_dates_is_refused()
    {
        var csv = "Mã hồ sơ,Mã TTHC,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Trạng thái,Chỉ số 1,Chỉ số 7,Số hóa,Thanh toán trực tuyến,Phiếu xin lỗi\n"
            + "000.00.15.H34-260406-0001,1.009645,Trực tuyến,06/04/2026,10/04/2026,10/04/2026,Đã trả kết quả,2,2,Có,Không,Không\n"  // on time: 1 point, attitude at most 1
            + "000.00.15.H34-260406-0002,1.009645,Trực tuyến,06/04/2026,10/04/2026,,Đang giải quyết,,1,Có,Không,Không\n";           // not returned yet

        var errors = new List<RowError>();
        DossierExportReader.Read(CsvTable.Read(csv), new DossierExportOptions(), errors);

        Assert.Equal([(2, "Chỉ số 1"), (2, "Chỉ số 7"), (3, "Chỉ số 1")], errors.Select(e => (e.Row, e.Column!)));
        Assert.Contains("nên được 1 điểm, không phải 2", errors[0].Message);
    }

    [Fact]
    public void A_file_without_the_required_columns_says_which_and_how_to_map_them()
    {
        var errors = new List<RowError>();
        DossierExportReader.Read(CsvTable.Read("Mã hồ sơ,Mã TTHC\n000.00.15.H34-260406-0001,1.009645\n"), new DossierExportOptions(), errors);

        var error = Assert.Single(errors);
        Assert.Contains("Hình thức nộp (Reporting:DossierExport:Columns:Channel)", error.Message);
        Assert.Contains("(Reporting:DossierExport:Columns:Apology)", error.Message); // never read as "no" for every dossier
    }
}
