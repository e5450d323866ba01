using System.Globalization;

namespace VanPhong.Plans.Progress;

/// <summary>What counts as evidence of work done: a document number with its date, and/or a file of an accepted type.</summary>
public static class EvidenceRules
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The file type from the first bytes (PDF, JPEG, PNG, DOCX, XLSX), never from the name.</summary>
    public static string? SniffContentType(byte[] content) => VanPhong.Text.FileTypes.Sniff(content);
}
