using System.Globalization;

namespace VanPhong.Plans.Progress;

/// <summary>What counts as evidence of work done: a document number with its date, and/or a file of an accepted type.</summary>
public static class EvidenceRules
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The file type from the first bytes (PDF, JPEG, PNG, DOCX/XLSX zip), never from the name.</summary>
    public static string? SniffContentType(byte[] content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "application/pdf",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x50, 0x4B, 0x03, 0x04, ..] when Contains(content, "word/") => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [0x50, 0x4B, 0x03, 0x04, ..] when Contains(content, "xl/") => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => null,
    };

    private static bool Contains(byte[] zip, string entryPrefix) =>
        zip.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(entryPrefix)) >= 0;
}
