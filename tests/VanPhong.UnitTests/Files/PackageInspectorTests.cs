using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using VanPhong.Text;

namespace VanPhong.UnitTests.Files;

/// <summary>A zip is held to its limits from the central directory, and again while it inflates.</summary>
public sealed class PackageInspectorTests
{
    private static readonly ZipLimits Defaults = new();

    private static string Refusal(byte[] zip, ZipLimits? limits = null) =>
        Assert.Throws<InvalidDataException>(() => PackageInspector.Inspect(zip, limits ?? Defaults)).Message;

    [Fact]
    public void A_zip_bomb_is_refused_from_its_central_directory_without_inflating_it()
    {
        var bomb = Zips.HundredMegabyteDocx;
        Assert.True(bomb.Length < 200 * 1024, $"the bomb is {bomb.Length} bytes");
        PackageInspector.Inspect(Zips.Of(("a.txt", "warm-up"u8.ToArray())), Defaults);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var message = Refusal(bomb);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal("Mục \"word/document.xml\" trong tệp nén giải nén ra 100 MB, vượt giới hạn 20 MB mỗi mục.", message);
        Assert.True(allocated < 4 * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void An_entry_compressed_beyond_100_to_1_is_refused_though_within_the_sizes()
    {
        var message = Refusal(Zips.Bomb(5 * 1024 * 1024));

        Assert.StartsWith("Mục \"word/document.xml\" được nén với tỷ lệ ", message);
        Assert.EndsWith("vượt giới hạn 100:1: tệp có dấu hiệu là bom nén (zip bomb).", message);
    }

    [Fact]
    public void Small_entries_are_not_held_to_the_ratio()
    {
        var manifest = PackageInspector.Inspect(Zips.Of(("[Content_Types].xml", Encoding.UTF8.GetBytes(Zips.DocxContentTypes)), ("word/document.xml", new byte[512 * 1024])), Defaults);

        Assert.True(manifest.HasPart(FileTypes.DocxMainPart));
    }

    [Fact]
    public void More_entries_than_the_limit_are_refused_before_they_are_listed()
    {
        var many = Zips.Of([.. Enumerable.Range(0, 1001).Select(i => ($"x/{i}.xml", new byte[] { 1 }))]);

        Assert.Equal("Tệp nén có 1.001 mục, vượt giới hạn 1.000 mục.", Refusal(many));
    }

    [Fact]
    public void Entries_together_beyond_the_total_are_refused()
    {
        var random = () => RandomNumberGenerator.GetBytes(400 * 1024);
        var zip = Zips.Of(("a.bin", random()), ("b.bin", random()), ("c.bin", random()));

        Assert.Equal("Tệp nén giải nén ra tổng cộng 1,2 MB, vượt giới hạn 1 MB.", Refusal(zip, new ZipLimits { MaxTotalBytes = 1024 * 1024 }));
    }

    [Fact]
    public void An_entry_that_inflates_past_the_size_its_central_directory_declares_is_refused_while_inflating()
    {
        // The runtime reads a stored entry to its compressed length whatever size it declares; the cap does not.
        var honest = Zips.Of(CompressionLevel.NoCompression, ("word/document.xml", new byte[1024 * 1024]));
        var lying = Zips.Declaring(honest, "word/document.xml", uncompressed: 10);

        Assert.Equal("Mục \"word/document.xml\" giải nén ra nhiều hơn kích thước khai báo (10 byte): tệp bị hỏng hoặc bị làm giả.", Refusal(lying));
    }

    [Fact]
    public void Entries_claiming_more_compressed_bytes_than_the_file_holds_are_refused()
    {
        var zip = Zips.Of(("a.xml", "<a/>"u8.ToArray()));

        Assert.Contains("chồng lên nhau", Refusal(Zips.Declaring(zip, "a.xml", compressed: 1_000_000, uncompressed: 1_000_000)));
    }

    [Fact]
    public void The_same_name_twice_is_refused()
    {
        var zip = Zips.Of(("word/document.xml", "<a/>"u8.ToArray()), ("WORD/document.xml", "<b/>"u8.ToArray()));

        Assert.Contains("hai mục cùng tên", Refusal(zip));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 3, 4, 1, 2, 3 })]
    [InlineData(new byte[] { 0x50, 0x4B, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void What_only_starts_like_a_zip_is_refused_as_corrupt(byte[] content) =>
        Assert.Equal("Tệp bị hỏng hoặc không phải tệp Office Open XML (.docx, .xlsx) hợp lệ.", Refusal(content));

    [Fact]
    public void Limits_come_from_configuration()
    {
        var zip = Zips.Of(("a.xml", "<a/>"u8.ToArray()), ("b.xml", "<b/>"u8.ToArray()));

        Assert.Equal("Tệp nén có 2 mục, vượt giới hạn 1 mục.", Refusal(zip, new ZipLimits { MaxEntries = 1 }));
    }
}
