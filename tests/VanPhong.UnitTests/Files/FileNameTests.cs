using VanPhong.Text;

namespace VanPhong.UnitTests.Files;

/// <summary>A stored name is one harmless segment with the extension of the content.</summary>
public sealed class FileNameTests
{
    [Theory]
    [InlineData("bao-cao.html", "bao-cao.pdf")]
    [InlineData("../../x.pdf", "x.pdf")]
    [InlineData("..\\..\\windows\\x.pdf", "x.pdf")]
    [InlineData("C:\\Users\\an\\Báo cáo quý 1.pdf", "Báo cáo quý 1.pdf")]
    [InlineData("bao\0cao.pdf", "baocao.pdf")]
    [InlineData("hoadon\u202Efdp.exe", "hoadonfdp.pdf")]
    [InlineData("a<b>c:d|e?f*g\".pdf", "abcdefg.pdf")]
    [InlineData("..", "minh-chung.pdf")]
    [InlineData("...pdf", "minh-chung.pdf")]
    [InlineData("  ", "minh-chung.pdf")]
    [InlineData(null, "minh-chung.pdf")]
    [InlineData(".htaccess", "htaccess.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("archive.tar.gz", "archive.tar.pdf")]
    public void The_name_is_the_last_segment_cleaned_with_the_extension_of_the_content(string? uploaded, string stored) =>
        Assert.Equal(stored, FileNames.Stored(uploaded, ".pdf", "minh-chung"));

    [Fact]
    public void A_long_name_is_cut_without_splitting_a_character()
    {
        var stored = FileNames.Stored(new string('a', 99) + "😀" + new string('b', 50) + ".docx", ".docx", "x");

        Assert.Equal(new string('a', 99) + ".docx", stored);
    }

    [Fact]
    public void The_name_is_NFC() =>
        Assert.Equal("Quyết định.pdf", FileNames.Stored("Quyết định.pdf".Normalize(System.Text.NormalizationForm.FormD), ".pdf", "x"));
}
