using System.Text;
using VanPhong.Documents;
using VanPhong.Reporting.Dossiers;

namespace VanPhong.UnitTests.Reporting;

public sealed class DossierFileTests
{
    private const string Header = "ma_tthc,truc_tuyen,truc_tiep,buu_chinh,ky_truoc,truoc_han,dung_han,qua_han,dang_trong_han,dang_qua_han,so_hoa_ho_so,so_hoa_ket_qua";

    [Fact]
    public void Csv_with_quotes_semicolons_and_a_BOM_is_read_cell_by_cell()
    {
        var rows = CsvTable.Read("a;\"b;c\";\"say \"\"hi\"\"\"\r\n1;2;3\n");

        Assert.Equal(["a", "b;c", "say \"hi\""], rows[0]);
        Assert.Equal(["1", "2", "3"], rows[1]);
    }

    [Fact]
    public void Rows_are_read_by_column_name_and_bad_numbers_are_reported_with_their_line()
    {
        var csv = "\uFEFF" + Header + "\n1.009645,5,3,0,1,2,4,1,2,0,7,6\n1.014199,x,0,0,0,0,0,0,0,0,0,0\n\n";

        var (rows, errors, source) = DossierImporter.Parse(Encoding.UTF8.GetBytes(csv));

        Assert.Equal("csv", source);
        Assert.Equal(2, rows.Count);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(5, rows[0].Row.ReceivedOnline);
        Assert.Equal(6, rows[0].Row.DigitisedResults);
        var error = Assert.Single(errors);
        Assert.Equal(3, error.Row);
        Assert.Equal("Dòng 3, cột truc_tuyen: \"x\" không phải số nguyên không âm.", error.Message);
    }

    [Fact]
    public void The_template_itself_is_read_back_as_an_xlsx_with_its_header_below_the_title()
    {
        var template = DossierImporter.Template();
        var (rows, errors, source) = DossierImporter.Parse(template);

        Assert.Equal("xlsx", source);
        Assert.Empty(errors);
        Assert.Empty(rows);
    }

    [Fact]
    public void A_file_without_the_header_or_with_missing_columns_is_refused_whole()
    {
        Assert.Contains("dòng tiêu đề", DossierImporter.Parse(Encoding.UTF8.GetBytes("a,b\n1,2")).Errors.Single().Message);
        Assert.Contains("Thiếu cột: so_hoa_ket_qua", DossierImporter.Parse(Encoding.UTF8.GetBytes(Header.Replace(",so_hoa_ket_qua", "") + "\n")).Errors.Single().Message);
        Assert.Contains("Không đọc được tệp", DossierImporter.Parse([(byte)'P', (byte)'K', 3, 4, 1, 2, 3]).Errors.Single().Message);
    }

    [Fact]
    public void An_xlsx_laid_out_like_the_template_is_read()
    {
        var xlsx = Spreadsheet.Write(new SheetContent("So lieu", ["Số liệu tháng 4"], Header.Split(','), [["1.009645", 1, 2, 0, 0, 1, 1, 1, 0, 0, 3, 3]]));

        var (rows, errors, _) = DossierImporter.Parse(xlsx);

        Assert.Empty(errors);
        Assert.Equal(2, Assert.Single(rows).Row.ReceivedDirect);
    }
}
