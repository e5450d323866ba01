using System.Text;
using System.Text.RegularExpressions;
using static VanPhong.Feedback.Publication.NameWords;

namespace VanPhong.Feedback.Publication;

/// <summary>
/// Names of persons, the last pass: after an introduction, after a courtesy title (which stays), after a role or a
/// label, a known surname with two more capitalised words, and a lower-case surname, middle and given name.
/// </summary>
internal static partial class PersonNames
{
    // A word for the name passes: letters, with the apostrophe of Ê Đê and Gia Rai names (H'Linh, Y'Bih).
    [GeneratedRegex(@"\p{L}+(?:['’]\p{L}+)*")]
    private static partial Regex Word();

    // "Người kiến nghị:", "Người lao động nước ngoài:", "Họ và tên người phản ánh:", "NGƯỜI VIẾT ĐƠN:".
    [GeneratedRegex(@"(?:[Nn]gười|NGƯỜI|[Hh]ọ\s+(?:và\s+)?tên|HỌ\s+(?:VÀ\s+)?TÊN)[^:;.!?\n\uE000-\uE0FF]{0,40}:\s*$")]
    private static partial Regex PersonLabel();

    private readonly record struct NameWord(string Text, string Lower, int Start, int End);

    public static void Redact(RedactionWork work)
    {
        var text = work.Text;
        var words = Word().Matches(text).Select(m => new NameWord(m.Value, m.Value.ToLowerInvariant(), m.Index, m.Index + m.Length)).ToArray();
        var claimed = new bool[words.Length];
        var spans = new List<(int, int)>();

        // Word i follows word i - 1 after white space only (no punctuation, no mark between them).
        bool Adjacent(int i) => i > 0 && i < words.Length && words[i].Start > words[i - 1].End && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).IsWhiteSpace();
        bool Capital(int i) => IsTitleCase(words[i].Text) || IsUpperCase(words[i].Text);
        bool Lower(int i) => words[i].Text.All(char.IsLower);
        string Pair(int i) => i + 1 < words.Length && Adjacent(i + 1) ? words[i].Lower + " " + words[i + 1].Lower : words[i].Lower;

        bool NotName(int i) =>
            NotNameBefore.TryGetValue(words[i].Lower, out var before)
                ? i + 1 < words.Length && Adjacent(i + 1) && before.Contains(words[i + 1].Lower)
                : NotNameWords.Contains(words[i].Lower) || !HasVowel(words[i].Text);

        // Capitalised (or ALL CAPS) words from j on, at most max.
        int CapitalRun(int j, int max)
        {
            var n = 0;
            while (j + n < words.Length && n < max && (n == 0 || Adjacent(j + n)) && !claimed[j + n] && Capital(j + n) && !NotName(j + n))
            {
                n++;
            }

            return n;
        }

        int LowerRun(int j, int max)
        {
            var n = 0;
            while (j + n < words.Length && n < max && Adjacent(j + n) && !claimed[j + n] && Lower(j + n) && !NotNameLower.Contains(words[j + n].Lower)
                && !(NotNameLowerBefore.TryGetValue(words[j + n].Lower, out var before) && j + n + 1 < words.Length && Adjacent(j + n + 1) && before.Contains(words[j + n + 1].Lower)))
            {
                n++;
            }

            return n;
        }

        // A lower-case name after a title or an introduction: a surname and one to four more words.
        // (A rarer surname that is also a word — nông, cao, hồ — only with a middle name after it: "nông thị xuân", not "nông dân".)
        int LowerName(int j) =>
            LowerSurnames.Contains(words[j].Text)
            || Surnames.Contains(words[j].Text) && !Titles.Contains(words[j].Text) && j + 1 < words.Length && Adjacent(j + 1) && MiddleNames.Contains(words[j + 1].Text)
                ? 1 + LowerRun(j + 1, 4)
                : 0;

        void Claim(int j, int n)
        {
            for (var k = j; k < j + n; k++)
            {
                claimed[k] = true;
            }

            spans.Add((words[j].Start, words[j + n - 1].End));
        }

        // The words from i on are the phrase, in lower case (Follows) or spelt exactly as given (FollowsExactly).
        bool Follows(int i, string[] phrase, bool exactly = false)
        {
            for (var k = 0; k < phrase.Length; k++)
            {
                if (i + k >= words.Length || (k > 0 && !Adjacent(i + k)) || (exactly ? words[i + k].Text : words[i + k].Lower) != phrase[k])
                {
                    return false;
                }
            }

            return true;
        }

        bool FollowsExactly(int i, string[] phrase) => Follows(i, phrase, exactly: true);

        // 1. After an introduction, in any case: "tôi tên là nguyễn văn hùng", "Tôi là H'Linh Êban", "Tôi là Ông Thị Ngọc Hà".
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var intro in Introductions)
            {
                var j = i + intro.Length;
                if (!Follows(i, intro) || j >= words.Length || !Adjacent(j) || claimed[j])
                {
                    continue;
                }

                var n = Lower(j) ? (LowerName(j) is var l && l >= 2 ? l : 0) : CapitalRun(j, 5);
                if (n > 0)
                {
                    Claim(j, n);
                    break;
                }
            }
        }

        // 2. After a courtesy title, which stays: "ông [họ tên]", "Chị [họ tên]", "anh [họ tên]" (anh khoa, anh Lò Văn Pành).
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var j = i + 1;
            if (!Titles.Contains(words[i].Lower) || claimed[i] || claimed[j] || !Adjacent(j) || !(Lower(i) || Capital(i)))
            {
                continue;
            }

            if (!Lower(i) && i > 0 && Adjacent(i) && Landmarks.Contains(words[i - 1].Lower))
            {
                continue;
            }

            // A capitalised title inside a capitalised run is part of the name: "Trần Thị Anh Thư", "Lê Văn Ông".
            if (!Lower(i) && i > 0 && Adjacent(i) && Capital(i - 1) && !NotName(i - 1))
            {
                continue;
            }

            int n;
            if (Capital(j))
            {
                n = CapitalRun(j, 5);
            }
            else if (LowerName(j) is var l && l >= 2)
            {
                n = l;
            }
            else
            {
                n = GivenNames.Contains(words[j].Lower)
                    && (j + 1 >= words.Length || !Adjacent(j + 1) || AfterGivenName.Contains(words[j + 1].Lower)) ? 1 : 0;
            }

            if (n > 0)
            {
                Claim(j, n);
            }
        }

        // 3. After a role ("Chuyên gia", "Giám đốc", "kỹ sư", "chủ tài khoản") or a label for a person ("Người kiến nghị:").
        for (var j = 1; j < words.Length; j++)
        {
            if (claimed[j] || Titles.Contains(words[j].Lower))
            {
                continue;
            }

            var afterRole = Adjacent(j) && Roles.Any(r => j - r.Length >= 0 && FollowsExactly(j - r.Length, r));
            var afterLabel = !Adjacent(j) && text[words[j - 1].End..words[j].Start].Contains(':')
                && PersonLabel().IsMatch(text[Math.Max(0, words[j].Start - 80)..words[j].Start]);
            if (!afterRole && !afterLabel)
            {
                continue;
            }

            if (Countries.Contains(words[j].Lower) || Countries.Contains(Pair(j)))
            {
                continue;
            }

            var n = Lower(j) ? (LowerName(j) is var l && l >= 2 ? l : 0) : CapitalRun(j, 5);
            if (n > 0)
            {
                Claim(j, n);
            }
        }

        // 4. A known surname and at least two more capitalised words: "Trịnh Văn Lâm", "LƯƠNG VĂN DŨNG", "HUỲNH Ngọc Sơn" —
        //    but not a street, a school or a city named after a person, nor a word inside an ALL CAPS heading.
        for (var j = 0; j < words.Length; j++)
        {
            var unaccented = words[j].Text.All(char.IsAscii) && UnaccentedSurnames.Contains(words[j].Lower);
            if (claimed[j] || !Capital(j) || !(Surnames.Contains(words[j].Lower) || unaccented || words[j].Lower.StartsWith("h'", StringComparison.Ordinal)) || Titles.Contains(words[j].Lower))
            {
                continue;
            }

            if (j > 0 && NotPersonBefore.Contains(words[j - 1].Lower) && text[words[j - 1].End..words[j].Start] is { Length: <= 2 } gap && gap.All(c => c is ' ' or '.'))
            {
                continue;
            }

            var upper = IsUpperCase(words[j].Text);
            if (upper && Adjacent(j) && IsUpperCase(words[j - 1].Text))
            {
                continue;
            }

            var n = CapitalRun(j, 6);
            if (n == 6 && upper || unaccented && Enumerable.Range(j, n).Any(k => !words[k].Text.All(char.IsAscii)))
            {
                continue;
            }

            if (n >= 3)
            {
                Claim(j, Math.Min(n, 5));
            }
        }

        // 5. A lower-case name with no title: a surname, a middle name and a given name ("do đặng văn tới viết thay").
        for (var j = 0; j + 2 < words.Length; j++)
        {
            if (claimed[j] || !PlainLowerSurnames.Contains(words[j].Text) || !Adjacent(j + 1) || claimed[j + 1] || !MiddleNames.Contains(words[j + 1].Text))
            {
                continue;
            }

            var n = 2 + LowerRun(j + 2, 3);
            if (n >= 3)
            {
                Claim(j, n);
            }
        }

        work.Replace(spans, RedactedKind.Name);
    }

    private static bool IsUpperCase(string word) => word.Any(char.IsLetter) && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>Hùng, Ý, H'Hen: every part starts with a capital and goes on in lower case.</summary>
    private static bool IsTitleCase(string word) =>
        word.Split('\'', '’').All(p => p.Length > 0 && char.IsUpper(p[0]) && p.Skip(1).All(char.IsLower));

    /// <summary>A Vietnamese (or foreign) name syllable has a vowel; TNHH, PCCC, SĐT, CCCD do not.</summary>
    private static bool HasVowel(string word) => word.Normalize(NormalizationForm.FormD).Any(c => "aeiouyAEIOUY".Contains(c));
}
