using System.Text;
using System.Text.RegularExpressions;

namespace VanPhong.Feedback.Publication;

/// <summary>A kind of personal data, in the order of the marks; a slot is U+E000 plus the kind.</summary>
internal enum RedactedKind
{
    Name,
    Phone,
    Email,
    Id,
    Passport,
    Tax,
    Address,
    Plate,
    Account,
    BirthDate,
}

/// <summary>
/// The text while the passes run: each removed item is one slot character, so later passes never match inside it;
/// at the end the slots become their marks and the kinds removed are reported.
/// </summary>
internal sealed class RedactionWork(string text)
{
    private static readonly string[] Marks = [Redactor.NameMark, Redactor.PhoneMark, Redactor.EmailMark, Redactor.IdMark, Redactor.IdMark, Redactor.TaxMark, Redactor.AddressMark, Redactor.PlateMark, Redactor.AccountMark, Redactor.BirthDateMark];

    /// <summary>The kinds reported in <see cref="Redaction.Removed"/>, by <see cref="RedactedKind"/>.</summary>
    private static readonly string[] Labels = ["họ tên", "số điện thoại", "email", "số CMND/CCCD", "số hộ chiếu", "mã số thuế", "địa chỉ", "biển số xe", "số tài khoản", "ngày sinh"];

    // While the passes run, each removed item is one character of the Private Use Area (U+E000 + kind): later
    // passes never match inside a mark, and an address can take in the submitter's address found before it.
    private const char FirstSlot = '\uE000';

    public static bool IsSlot(char c) => c >= FirstSlot && c < FirstSlot + Marks.Length;

    /// <summary>
    /// Lower case without diacritics, one character for one so that positions stay (the text is in NFC):
    /// "Đường Ỷ Lan" → "duong y lan".
    /// </summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (folded, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            folded[i] = c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);
        }
    });

    // Fold for the Latin letters up to the Vietnamese block (U+1EA0–U+1EF9): the base letter of the decomposed form, in lower case.
    private static readonly char[] FoldTable = Enumerable.Range(0, 0x1F00)
        .Select(c => char.ToLowerInvariant(((char)c).ToString().Normalize(NormalizationForm.FormD)[0]))
        .Select(c => c == 'đ' ? 'd' : c)
        .ToArray();

    private readonly List<string> _removed = [];

    public string Text { get; set; } = text;

    public string Slot(RedactedKind kind)
    {
        var label = Labels[(int)kind];
        if (!_removed.Contains(label))
        {
            _removed.Add(label);
        }

        return ((char)(FirstSlot + (int)kind)).ToString();
    }

    /// <summary>Replaces every match (or its <paramref name="group"/>, the rest being kept) by the kind's slot.</summary>
    public void Replace(Regex pattern, RedactedKind kind, string? group = null, Func<Match, bool>? accept = null) =>
        Text = pattern.Replace(Text, m =>
        {
            if (accept is not null && !accept(m))
            {
                return m.Value;
            }

            var g = group is null ? m.Groups[0] : m.Groups[group];
            return m.Value[..(g.Index - m.Index)] + Slot(kind) + m.Value[(g.Index - m.Index + g.Length)..];
        });

    /// <summary>Replaces the given character ranges (start, end), which do not overlap, by the kind's slot.</summary>
    public void Replace(IEnumerable<(int Start, int End)> spans, RedactedKind kind)
    {
        var sorted = spans.OrderByDescending(s => s.Start).ToList();
        if (sorted.Count == 0)
        {
            return;
        }

        var builder = new StringBuilder(Text);
        foreach (var (start, end) in sorted)
        {
            builder.Remove(start, end - start).Insert(start, Slot(kind));
        }

        Text = builder.ToString();
    }

    public Redaction Result()
    {
        var builder = new StringBuilder(Text.Length + 32);
        foreach (var c in Text)
        {
            if (IsSlot(c))
            {
                builder.Append(Marks[c - FirstSlot]);
            }
            else
            {
                builder.Append(c);
            }
        }

        return new Redaction(builder.ToString(), _removed.ToList());
    }
}
