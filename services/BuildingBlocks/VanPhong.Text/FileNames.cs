using System.Globalization;
using System.Text;

namespace VanPhong.Text;

/// <summary>
/// The name a file is stored and offered for download under: the sender's name, kept for the reader's sake, reduced
/// to one harmless segment, with the extension of the type its content was found to be. A name is what the sender
/// typed: it may climb directories (<c>../../x.pdf</c>, <c>..\x.pdf</c>), hide a NUL or a right-to-left override
/// ("hoadon‮fdp.exe"), or claim a type the content is not.
/// </summary>
public static class FileNames
{
    public const int MaxStemLength = 100;

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// The last segment of <paramref name="uploaded"/> (either slash), without control or formatting characters nor
    /// those Windows refuses, without its own extension, at most <see cref="MaxStemLength"/> characters, NFC; then
    /// <paramref name="extension"/> (".pdf"). <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string Stored(string? uploaded, string extension, string fallback)
    {
        var name = uploaded ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (!char.IsControl(c) && category is not (UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                && "<>:\"|?*".IndexOf(c) < 0)
            {
                kept.Append(c);
            }
        }

        var stem = kept.ToString().Trim().TrimEnd('.', ' ');
        var dot = stem.LastIndexOf('.');
        if (dot > 0)
        {
            stem = stem[..dot];
        }

        stem = stem.Trim().Trim('.').Trim();
        if (stem.Length > MaxStemLength)
        {
            stem = stem[..(char.IsHighSurrogate(stem[MaxStemLength - 1]) ? MaxStemLength - 1 : MaxStemLength)].TrimEnd();
        }

        if (stem.Length == 0)
        {
            stem = fallback;
        }
        else if (DeviceNames.Contains(stem))
        {
            stem = "_" + stem;
        }

        return stem + extension;
    }
}
