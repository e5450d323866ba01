using System.Globalization;
using VanPhong.Text;

namespace VanPhong.Plans.Progress;

/// <summary>What counts as evidence of work done: a document number with its date, and/or a file of an accepted type.</summary>
public static class EvidenceRules
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// The file type from the content (PDF, JPEG, PNG, DOCX, XLSX — all are accepted), never from the name; a file over
    /// <see cref="MaxFileBytes"/>, or a .docx or .xlsx beyond <paramref name="limits"/>, is refused with the reason.
    /// </summary>
    public static DetectedType Detect(byte[] content, ZipLimits limits)
    {
        if (content.Length > MaxFileBytes)
        {
            return new(null, $"Tệp đính kèm lớn hơn {MaxFileBytes / 1024 / 1024} MB.");
        }

        var detected = FileTypes.Detect(content, limits);
        return detected.Refusal is null ? detected : detected with { Refusal = "Tệp đính kèm không được nhận: " + detected.Refusal };
    }
}
