namespace VanPhong.Text;

/// <summary>What a file is by its content, or why it is refused; both null when it is no type we know.</summary>
public readonly record struct DetectedType(string? ContentType, string? Refusal);

/// <summary>The type of a file read from its content, never from its name.</summary>
public static class FileTypes
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The content type <c>[Content_Types].xml</c> gives the main part of a Word document (not a template, not macro-enabled).</summary>
    public const string DocxMainPart = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>The content type of the main part (the workbook) of an Excel workbook (not a template, not macro-enabled).</summary>
    public const string XlsxMainPart = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>
    /// PDF, JPEG and PNG by their signature; a .docx or .xlsx by its package structure — a zip within
    /// <paramref name="limits"/> whose content types declare the main part — since any zip can hold an entry named
    /// <c>word/…</c>. A zip beyond the limits is refused with the reason, not merely unknown.
    /// </summary>
    public static DetectedType Detect(byte[] content, ZipLimits limits) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => new(Pdf, null),
        [0xFF, 0xD8, 0xFF, ..] => new(Jpeg, null),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => new(Png, null),
        [0x50, 0x4B, 0x03, 0x04, ..] => Package(content, limits),
        _ => default,
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

    private static DetectedType Package(byte[] zip, ZipLimits limits)
    {
        PackageManifest manifest;
        try
        {
            manifest = PackageInspector.Inspect(zip, limits);
        }
        catch (InvalidDataException e)
        {
            return new(null, e.Message);
        }

        return manifest.HasPart(DocxMainPart) ? new(Docx, null)
            : manifest.HasPart(XlsxMainPart) ? new(Xlsx, null)
            : default;
    }
}
