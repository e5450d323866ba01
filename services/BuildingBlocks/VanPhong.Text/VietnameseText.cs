using System.Globalization;
using System.Text;

namespace VanPhong.Text;

/// <summary>Vietnamese text as the platform stores, searches and sorts it.</summary>
public static class VietnameseText
{
    private static readonly CompareInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN").CompareInfo;

    private const string VietnameseLetters = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";

    /// <summary>
    /// Whether the text holds a control character that is never part of what a person writes: C0 (NUL, ESC…) other than
    /// tab, line feed and carriage return, and DEL. One rule for JSON bodies, Open311 forms and plan imports.
    /// </summary>
    public static bool HasControlCharacter(string text) => text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r') || c == '\u007F');

    /// <summary>Trimmed, NFC-normalised text, or null when blank.</summary>
    public static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>Lower case without diacritics ("Quy trình nội bộ" → "quy trinh noi bo"), for search that matches both.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>Whether the folded <paramref name="text"/> contains every word of the folded <paramref name="query"/>.</summary>
    public static bool Matches(string? text, string? query)
    {
        var haystack = Fold(text);
        return Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => haystack.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>Vietnamese alphabetical order (a, ă, â, b, …, đ after d).</summary>
    public static int Compare(string? a, string? b) => Vietnamese.Compare(a, b, CompareOptions.IgnoreCase);

    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(Compare);

    /// <summary>
    /// Whether a text reads as Vietnamese: it carries Vietnamese letters, or (typed without diacritics) common
    /// Vietnamese words. Used for the Decree 20/2008 Art. 7 requirement that a PAKN is written in Vietnamese.
    /// </summary>
    public static bool IsLikelyVietnamese(string text)
    {
        var letters = text.Count(char.IsLetter);
        if (letters == 0)
        {
            return false;
        }

        var vietnamese = text.ToLowerInvariant().Count(c => VietnameseLetters.Contains(c));
        if (vietnamese * 100 >= letters * 2)
        {
            return true;
        }

        string[] common = ["khong", "cua", "cac", "duoc", "thu tuc", "ho so", "giay phep", "de nghi", "co quan", "chung toi", "toi ", "nguoi", "viec", "nhung", "theo", "trong"];
        var folded = " " + Fold(text) + " ";
        return common.Count(w => folded.Contains(" " + w.Trim() + " ", StringComparison.Ordinal)) >= 3;
    }
}
