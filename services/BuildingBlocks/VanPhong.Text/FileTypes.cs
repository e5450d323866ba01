namespace VanPhong.Text;

/// <summary>The type of a file read from its first bytes, never from its name.</summary>
public static class FileTypes
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string? Sniff(ReadOnlySpan<byte> content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => Pdf,
        [0xFF, 0xD8, 0xFF, ..] => Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png,
        [0x50, 0x4B, 0x03, 0x04, ..] when Contains(content, "word/") => Docx,
        [0x50, 0x4B, 0x03, 0x04, ..] when Contains(content, "xl/") => Xlsx,
        _ => null,
    };

    public static string Extension(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Jpeg => ".jpg",
        Png => ".png",
        Docx => ".docx",
        Xlsx => ".xlsx",
        _ => "",
    };

    private static bool Contains(ReadOnlySpan<byte> zip, string entryPrefix) =>
        zip.IndexOf(System.Text.Encoding.ASCII.GetBytes(entryPrefix)) >= 0;
}
