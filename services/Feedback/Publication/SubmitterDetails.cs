using System.Text.RegularExpressions;
using VanPhong.Feedback.Data;
using VanPhong.Text;

namespace VanPhong.Feedback.Publication;

/// <summary>The submitter's own details (e-mail, phone, address, an individual's name), found in whatever spelling the text uses, before any other pass.</summary>
internal static partial class SubmitterDetails
{
    public static void Redact(RedactionWork work, Submitter submitter)
    {
        if (!string.IsNullOrWhiteSpace(submitter.Email))
        {
            var email = new Regex(@"(?<![\p{L}\d._%+\-])" + Regex.Escape(submitter.Email.Trim()) + @"(?![\p{L}\d\-]|\.[\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            work.Replace(email, RedactedKind.Email);
        }

        if (PhoneNumbers.National(submitter.Phone ?? "") is { Length: >= 8 } phone)
        {
            work.Text = StructuredNumbers.PhoneCandidate().Replace(work.Text, m =>
            {
                // An opening bracket belongs to the number only when it closes inside it: "(0258) 3…", not "(0912…)".
                var skip = m.Value[0] == '(' && !m.Value.Contains(')') ? 1 : 0;
                return PhoneNumbers.National(m.Value) == phone ? m.Value[..skip] + work.Slot(RedactedKind.Phone) : m.Value;
            });
        }

        if (!string.IsNullOrWhiteSpace(submitter.Address))
        {
            work.Replace(SubmitterAddressSpans(work.Text, submitter.Address), RedactedKind.Address);
        }

        if (submitter.Type == SubmitterType.Individual && RedactionWork.Fold(submitter.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts)
        {
            // Compared folded (lower case, no diacritics): "NGUYỄN THỊ ÁNH TUYẾT", "nguyen thi anh tuyet" and "Nguyễn Thị Ánh Tuyết" are one name.
            var name = new Regex(@"(?<![\p{L}])" + string.Join(@"\s+", parts.Select(Regex.Escape)) + @"(?![\p{L}])", RegexOptions.CultureInvariant);
            work.Replace(name.Matches(RedactionWork.Fold(work.Text)).Select(m => (m.Index, m.Index + m.Length)), RedactedKind.Name);
        }
    }

    /// <summary>
    /// Where the submitter's address stands in the text, compared word by word after expanding the abbreviations
    /// (P., X., H., Q., TX., TP., TT., TDP, KCN, CCN, KDC) and dropping the words that are often left out ("số",
    /// "đường", "phường", "thành phố"…), and with "2 Tháng 4" or "Hai Tháng Tư" read as "2/4". It starts with the
    /// whole first part of the address (the house and street, the village…); the later parts are taken while they
    /// follow in order, any of them may be left out.
    /// </summary>
    private static List<(int Start, int End)> SubmitterAddressSpans(string text, string address)
    {
        var wanted = AddressKeys(address);
        var spans = new List<(int, int)>();
        if (wanted.Count == 0)
        {
            return spans;
        }

        var firstPart = wanted.Count(k => k.Part == wanted[0].Part);
        // A one-part address without a number ("Nha Trang") would remove the place wherever it is named.
        if (wanted.All(k => k.Part == wanted[0].Part) && !wanted.Any(k => k.Key.Any(char.IsAsciiDigit)))
        {
            return spans;
        }

        var found = AddressKeys(text);
        for (var s = 0; s < found.Count; s++)
        {
            if (found[s].Key != wanted[0].Key)
            {
                continue;
            }

            int t = s, a = 0, last = -1;
            while (t < found.Count && a < wanted.Count)
            {
                if (t > s && !AddressGap(text, found[t - 1].End, found[t].Start))
                {
                    break;
                }

                if (found[t].Key == wanted[a].Key)
                {
                    last = t;
                    t++;
                    a++;
                    continue;
                }

                // A part may be left out: at the start of a part, look for a later part that starts here.
                if (a >= firstPart && wanted[a].Part != wanted[a - 1].Part)
                {
                    var next = Enumerable.Range(a + 1, wanted.Count - a - 1)
                        .FirstOrDefault(i => wanted[i].Part != wanted[i - 1].Part && wanted[i].Key == found[t].Key, -1);
                    if (next > 0)
                    {
                        a = next;
                        continue;
                    }
                }

                break;
            }

            if (last >= 0 && a >= firstPart && last - s + 1 >= firstPart)
            {
                var start = found[s].Start;
                var before = HouseNumberWord().Match(text[..start]);
                spans.Add((before.Success ? before.Index : start, found[last].End));
                s = last;
            }
        }

        return spans;
    }

    private static bool AddressGap(string text, int from, int to) =>
        from >= to || to - from <= 30 && !text[from..to].Any(c => c is ';' or ':' or '(' or ')' or '\n' || RedactionWork.IsSlot(c) || char.IsAsciiDigit(c));

    private readonly record struct AddressKey(string Key, int Start, int End, int Part);

    // The words of an address are compared folded (see RedactionWork.Fold), so these are written without diacritics:
    // số, đường, phường, xã, huyện, quận, tỉnh and their abbreviations.
    private static readonly HashSet<string> DroppedAddressWords = ["so", "duong", "phuong", "xa", "huyen", "quan", "tinh", "p", "x", "h", "q", "tp", "tx", "tt"];

    // tổ dân phố, khu công nghiệp, cụm công nghiệp, khu dân cư.
    private static readonly Dictionary<string, string[]> AddressAbbreviations = new()
    {
        ["tdp"] = ["to", "dan", "pho"],
        ["kcn"] = ["khu", "cong", "nghiep"],
        ["ccn"] = ["cum", "cong", "nghiep"],
        ["kdc"] = ["khu", "dan", "cu"],
    };

    // một, giêng, hai, ba, tư, bốn, năm, sáu, bảy, tám, chín, mười — in "Hai Tháng Tư" (2/4).
    private static readonly Dictionary<string, string> NumberWords = new()
    {
        ["mot"] = "1", ["gieng"] = "1", ["hai"] = "2", ["ba"] = "3", ["tu"] = "4", ["bon"] = "4", ["nam"] = "5", ["sau"] = "6",
        ["bay"] = "7", ["tam"] = "8", ["chin"] = "9", ["muoi"] = "10",
    };

    private static List<AddressKey> AddressKeys(string text)
    {
        var tokens = AddressToken().Matches(text).ToList();
        var keys = new List<AddressKey>();
        var part = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && text[(tokens[i - 1].Index + tokens[i - 1].Length)..tokens[i].Index].Contains(','))
            {
                part++;
            }

            var word = RedactionWork.Fold(tokens[i].Value);
            var start = tokens[i].Index;
            var end = start + tokens[i].Length;
            string? Next(int k) => i + k < tokens.Count ? RedactionWork.Fold(tokens[i + k].Value) : null;
            string? AsNumber(string? w) => w is null ? null : w.All(char.IsAsciiDigit) ? w : NumberWords.GetValueOrDefault(w);

            // "2 Tháng 4", "Hai Tháng Tư" → "2/4".
            if (AsNumber(word) is { } day && Next(1) == "thang" && AsNumber(Next(2)) is { } month)
            {
                keys.Add(new AddressKey(day + "/" + month, start, tokens[i + 2].Index + tokens[i + 2].Length, part));
                i += 2;
                continue;
            }

            if (word is "thanh" && Next(1) is "pho" || word is "thi" && Next(1) is "xa" or "tran")
            {
                i++;
                continue;
            }

            if (DroppedAddressWords.Contains(word))
            {
                continue;
            }

            foreach (var key in AddressAbbreviations.GetValueOrDefault(word) ?? [word])
            {
                keys.Add(new AddressKey(key, start, end, part));
            }
        }

        return keys;
    }

    // The words of an address as SubmitterAddressSpans compares them: words (D3, KCN), house numbers (12, 12/4, 45B).
    [GeneratedRegex(@"\p{L}+\d*|\d+(?:/\d+)*\p{L}?")]
    private static partial Regex AddressToken();

    // "số" just before the submitter's house number, which goes with it: "số 12 Trần Phú".
    [GeneratedRegex(@"(?<![\p{L}])[Ss]ố\s*$")]
    private static partial Regex HouseNumberWord();
}
