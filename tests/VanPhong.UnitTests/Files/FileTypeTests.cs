using System.Text;
using VanPhong.Documents;
using VanPhong.Text;

namespace VanPhong.UnitTests.Files;

/// <summary>A file's type is what its content is: a .docx or .xlsx by its package structure, not by a byte pattern.</summary>
public sealed class FileTypeTests
{
    private static readonly ZipLimits Limits = new();

    [Fact]
    public void A_real_docx_and_xlsx_are_recognised()
    {
        var docx = WordDocument.Write(new OfficialDocument("UBND TỈNH KHÁNH HÒA", "BAN QUẢN LÝ KKT VÂN PHONG", "Số: 1/BC-KKT", "Khánh Hòa",
            new DateOnly(2024, 3, 5), [new Paragraph("Báo cáo.")], "TRƯỞNG BAN", "Nguyễn Văn A"));
        var xlsx = Spreadsheet.Write(new SheetContent("Trang", [], ["Mã"], [["1.009645"]]));

        Assert.Equal(new DetectedType(FileTypes.Docx, null), FileTypes.Detect(docx, Limits));
        Assert.Equal(new DetectedType(FileTypes.Xlsx, null), FileTypes.Detect(xlsx, Limits));
    }

    [Fact]
    public void A_zip_with_an_entry_named_word_but_no_content_types_is_no_docx() =>
        Assert.Equal(default, FileTypes.Detect(Zips.Of(("word/document.xml", "<w:document/>"u8.ToArray())), Limits));

    [Fact]
    public void Content_types_naming_a_main_part_the_zip_does_not_hold_make_no_docx() =>
        Assert.Equal(default, FileTypes.Detect(Zips.Of(("[Content_Types].xml", Encoding.UTF8.GetBytes(Zips.DocxContentTypes)), ("word/other.xml", "<a/>"u8.ToArray())), Limits));

    [Fact]
    public void A_macro_enabled_document_is_no_docx()
    {
        var types = Zips.DocxContentTypes.Replace(FileTypes.DocxMainPart, "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal);

        Assert.Equal(default, FileTypes.Detect(Zips.Of(("[Content_Types].xml", Encoding.UTF8.GetBytes(types)), ("word/document.xml", "<a/>"u8.ToArray())), Limits));
    }

    [Fact]
    public void A_docx_bomb_is_refused_with_the_reason() =>
        Assert.Contains("vượt giới hạn 20 MB mỗi mục", FileTypes.Detect(Zips.HundredMegabyteDocx, Limits).Refusal);

    [Fact]
    public void A_pdf_is_a_pdf_whatever_follows_and_html_is_nothing() =>
        Assert.Equal((FileTypes.Pdf, (string?)null), (FileTypes.Detect("%PDF-1.7\n<html>"u8.ToArray(), Limits).ContentType, FileTypes.Detect("<html></html>"u8.ToArray(), Limits).ContentType));
}
