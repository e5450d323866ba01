using System.Globalization;
using System.Text;
using VanPhong.Catalog.Model;
using VanPhong.Text;
using static VanPhong.Catalog.Decisions.Reading.DecisionPatterns;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>The text helpers every part of the reading shares: cleaning a line, dates, cases, change kinds and procedure names.</summary>
internal static class DecisionText
{
    internal static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A line without markdown emphasis, with one space between words.</summary>
    internal static string Clean(string text)
    {
        var t = text.Replace("*", "").Replace("\u00A0", " ").Normalize(NormalizationForm.FormC);
        t = Spaces().Replace(t, " ").Trim().TrimStart('#').Trim();
        return t.Length > 0 && t.All(c => c == '_') ? "" : t;
    }

    internal static HashSet<ChangeKind> KindsIn(string folded)
    {
        var kinds = new HashSet<ChangeKind>();
        if (folded.Contains("moi ban hanh", StringComparison.Ordinal))
        {
            kinds.Add(ChangeKind.New);
        }

        if (folded.Contains("sua doi", StringComparison.Ordinal) || folded.Contains("thay the", StringComparison.Ordinal))
        {
            kinds.Add(ChangeKind.Amended);
        }

        if (folded.Contains("bai bo", StringComparison.Ordinal) || folded.Contains("huy bo", StringComparison.Ordinal))
        {
            kinds.Add(ChangeKind.Abolished);
        }

        return kinds;
    }

    internal static string KindName(ChangeKind kind) => kind switch
    {
        ChangeKind.New => "mới ban hành",
        ChangeKind.Amended => "sửa đổi, bổ sung",
        _ => "bị bãi bỏ",
    };

    internal static bool SameName(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        static string Key(string s) => NonLetters().Replace(VietnameseText.Fold(s).Replace("thu tuc", ""), "");
        return Key(a) == Key(b);
    }

    internal static DateOnly? DateOf(string day, string month, string year) =>
        int.TryParse(day, out var d) && int.TryParse(month, out var m) && int.TryParse(year, out var y) && y is >= 1990 and <= 2100 && m is >= 1 and <= 12
            && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    internal static string TitleCase(string text) => Vietnamese.TextInfo.ToTitleCase(text.Trim().ToLower(Vietnamese));

    internal static string SentenceCase(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Any(char.IsLower))
        {
            return trimmed;
        }

        var lower = trimmed.ToLower(Vietnamese);
        return lower.Length == 0 ? lower : char.ToUpper(lower[0], Vietnamese) + lower[1..];
    }

    internal static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;
}

/// <summary>A line of the document; <paramref name="Original"/> is the whole line when <paramref name="Text"/> is what follows its label.</summary>
internal sealed record Line(int Number, string Text, string? Original = null)
{
    public string Folded { get; } = VietnameseText.Fold(Text);

    public bool IsBar => Text == "|";
}

/// <summary>Text joined from several lines, able to say which line a position came from.</summary>
internal sealed class Joined
{
    private readonly List<(int Start, Line Line)> _starts = [];

    public Joined(IEnumerable<Line> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines.Where(l => l.Text.Length > 0 && !l.IsBar))
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            _starts.Add((text.Length, line));
            text.Append(line.Text);
        }

        Text = text.ToString();
        Folded = VietnameseText.Fold(Text);
    }

    public string Text { get; }

    /// <summary>Folding keeps the length of NFC Vietnamese text, so positions hold in both.</summary>
    public string Folded { get; }

    public Line? LineAt(int position) => _starts.LastOrDefault(s => s.Start <= position).Line ?? _starts.FirstOrDefault().Line;
}
