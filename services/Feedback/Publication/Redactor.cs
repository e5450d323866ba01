using System.Text;
using System.Text.RegularExpressions;
using VanPhong.Feedback.Data;

using VanPhong.Text;

namespace VanPhong.Feedback.Publication;

/// <summary>What was removed, so the person approving publication sees it.</summary>
public sealed record Redaction(string Text, IReadOnlyList<string> Removed);

/// <summary>
/// Removes personal data before a question or answer is published (Decree 20/2008 Art. 19; the platform's rule
/// that personal data never leaves the feedback service). The policy is the one of the PAKN redaction corpus
/// (tests/VanPhong.UnitTests/Feedback/Redaction): each item becomes one mark ("[họ tên]", "[số điện thoại]", …);
/// courtesy titles (ông, bà, anh, chị…) and labels ("CCCD số", "MST:") stay before the mark; a whole address
/// phrase (house, street, ward, town) is one mark; organisations, legal citations, dates other than dates of
/// birth, amounts, case codes and document numbers are kept.
/// <para>
/// The passes run in this order, each one seeing only what the earlier ones left: the submitter's own details in
/// any spelling; e-mail addresses; structured numbers (plates, dates of birth, bank accounts, ID and passport
/// numbers, tax codes, phones); addresses; names of persons. It removes too much rather than too little; the
/// approver reviews the result before it is published.
/// </para>
/// </summary>
public static partial class Redactor
{
    public const string NameMark = "[họ tên]";
    public const string PhoneMark = "[số điện thoại]";
    public const string EmailMark = "[email]";
    public const string IdMark = "[số định danh]";
    public const string TaxMark = "[mã số thuế]";
    public const string AddressMark = "[địa chỉ]";
    public const string PlateMark = "[biển số xe]";
    public const string AccountMark = "[số tài khoản]";
    public const string BirthDateMark = "[ngày sinh]";

    private enum Kind
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

    private static readonly string[] Marks = [NameMark, PhoneMark, EmailMark, IdMark, IdMark, TaxMark, AddressMark, PlateMark, AccountMark, BirthDateMark];

    /// <summary>The kinds reported in <see cref="Redaction.Removed"/>, by <see cref="Kind"/>.</summary>
    private static readonly string[] Labels = ["họ tên", "số điện thoại", "email", "số CMND/CCCD", "số hộ chiếu", "mã số thuế", "địa chỉ", "biển số xe", "số tài khoản", "ngày sinh"];

    // While the passes run, each removed item is one character of the Private Use Area (U+E000 + kind): later
    // passes never match inside a mark, and an address can take in the submitter's address found before it.
    private const char FirstSlot = '\uE000';

    public static Redaction Redact(string text, Submitter? submitter = null)
    {
        var work = new Work(Prepare(text));
        if (submitter is not null)
        {
            SubmitterDetails(work, submitter);
        }

        work.Replace(Email(), Kind.Email);
        work.Replace(Plate(), Kind.Plate);
        work.Replace(BirthDate(), Kind.BirthDate, "date");
        work.Replace(BankAccount(), Kind.Account, "number", m => DigitCount(m.Groups["number"].Value) is >= 6 and <= 19);
        work.Replace(IdWithLabel(), Kind.Id, "number");
        work.Replace(Passport(), Kind.Passport, "number");
        work.Replace(TaxCodeWithLabel(), Kind.Tax, "number");
        work.Text = Phone().Replace(work.Text, m => PhoneOrKeep(work, m));
        // A bare 10-digit number that is a mobile number was taken as a phone above; the rest are tax codes.
        work.Replace(BareTaxCode(), Kind.Tax);
        work.Replace(BareIdNumber(), Kind.Id);
        work.Replace(Address(), Kind.Address);
        Names(work);
        return work.Result();
    }

    private static string Prepare(string text)
    {
        if (!text.IsNormalized())
        {
            text = text.Normalize();
        }

        // The slots are reserved; a text that carries one (it never should) has it replaced.
        return text.Any(IsSlot) ? new string(text.Select(c => IsSlot(c) ? '\uFFFD' : c).ToArray()) : text;
    }

    private static bool IsSlot(char c) => c >= FirstSlot && c < FirstSlot + Marks.Length;

    private static int DigitCount(string s) => s.Count(char.IsAsciiDigit);

    private sealed class Work(string text)
    {
        private readonly List<string> _removed = [];

        public string Text { get; set; } = text;

        public string Slot(Kind kind)
        {
            var label = Labels[(int)kind];
            if (!_removed.Contains(label))
            {
                _removed.Add(label);
            }

            return ((char)(FirstSlot + (int)kind)).ToString();
        }

        /// <summary>Replaces every match (or its <paramref name="group"/>, the rest being kept) by the kind's slot.</summary>
        public void Replace(Regex pattern, Kind kind, string? group = null, Func<Match, bool>? accept = null) =>
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
        public void Replace(IEnumerable<(int Start, int End)> spans, Kind kind)
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

    // ---------------------------------------------------------------------------------------------------------
    // The submitter's own details, in whatever spelling the text uses.
    // ---------------------------------------------------------------------------------------------------------

    private static void SubmitterDetails(Work work, Submitter submitter)
    {
        if (!string.IsNullOrWhiteSpace(submitter.Email))
        {
            var email = new Regex(@"(?<![\p{L}\d._%+\-])" + Regex.Escape(submitter.Email.Trim()) + @"(?![\p{L}\d\-]|\.[\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            work.Replace(email, Kind.Email);
        }

        if (PhoneNumbers.National(submitter.Phone ?? "") is { Length: >= 8 } phone)
        {
            work.Text = PhoneCandidate().Replace(work.Text, m =>
            {
                // An opening bracket belongs to the number only when it closes inside it: "(0258) 3…", not "(0912…)".
                var skip = m.Value[0] == '(' && !m.Value.Contains(')') ? 1 : 0;
                return PhoneNumbers.National(m.Value) == phone ? m.Value[..skip] + work.Slot(Kind.Phone) : m.Value;
            });
        }

        if (!string.IsNullOrWhiteSpace(submitter.Address))
        {
            work.Replace(SubmitterAddressSpans(work.Text, submitter.Address), Kind.Address);
        }

        if (submitter.Type == SubmitterType.Individual && Fold(submitter.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts)
        {
            // Compared folded (lower case, no diacritics): "NGUYỄN THỊ ÁNH TUYẾT", "nguyen thi anh tuyet" and "Nguyễn Thị Ánh Tuyết" are one name.
            var name = new Regex(@"(?<![\p{L}])" + string.Join(@"\s+", parts.Select(Regex.Escape)) + @"(?![\p{L}])", RegexOptions.CultureInvariant);
            work.Replace(name.Matches(Fold(work.Text)).Select(m => (m.Index, m.Index + m.Length)), Kind.Name);
        }
    }

    /// <summary>
    /// Lower case without diacritics, one character for one so that positions stay (the text is in NFC):
    /// "Đường Ỷ Lan" → "duong y lan".
    /// </summary>
    private static string Fold(string text) => string.Create(text.Length, text, static (folded, source) =>
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

    private static bool IsPhone(string national) =>
        national.Length == 10 && national[0] == '0' && "35789".Contains(national[1])
        || national.Length == 11 && national.StartsWith("02", StringComparison.Ordinal);

    /// <summary>
    /// A phone if the digits (in national form) make a mobile (10 digits, 03/05/07/08/09) or landline (11 digits, 02…)
    /// number; when the match ran on into a following group of digits, the longest prefix ending at a group that is a phone.
    /// </summary>
    private static string PhoneOrKeep(Work work, Match m)
    {
        var value = m.Value;
        var international = m.Groups["intl"].Success;
        for (var end = value.Length; end > 0; end--)
        {
            if (end < value.Length && !(char.IsAsciiDigit(value[end - 1]) && !char.IsAsciiDigit(value[end])))
            {
                continue;
            }

            var digits = new string(value[..end].Where(char.IsAsciiDigit).ToArray());
            var national = international && digits.StartsWith("84", StringComparison.Ordinal)
                ? digits[2..].StartsWith('0') ? digits[2..] : "0" + digits[2..]
                : digits;
            if (IsPhone(national))
            {
                return work.Slot(Kind.Phone) + value[end..];
            }
        }

        return value;
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
        from >= to || to - from <= 30 && !text[from..to].Any(c => c is ';' or ':' or '(' or ')' or '\n' || IsSlot(c) || char.IsAsciiDigit(c));

    private readonly record struct AddressKey(string Key, int Start, int End, int Part);

    // The words of an address are compared folded (see Fold), so these are written without diacritics:
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

            var word = Fold(tokens[i].Value);
            var start = tokens[i].Index;
            var end = start + tokens[i].Length;
            string? Next(int k) => i + k < tokens.Count ? Fold(tokens[i + k].Value) : null;
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

    // ---------------------------------------------------------------------------------------------------------
    // Structured numbers.
    // ---------------------------------------------------------------------------------------------------------

    // Any e-mail address, with Vietnamese letters allowed on both sides of the @ (lan.nguyen@…, hộp-thư@công-ty.vn).
    [GeneratedRegex(@"(?<![\p{L}\d._%+\-])[\p{L}\d._%+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+")]
    private static partial Regex Email();

    // Vehicle plates, which identify their owner: 79C-123.45, 51G 123.45, 79LD-012.34, 79A1-234.56, 79-K1 234.56.
    [GeneratedRegex(@"(?<![\p{L}\d.\-/])\d{2}-?[A-Z]{1,2}\d?[\s\-]?(?:\d{3}\.\d{2}|\d{4,5})(?![\p{L}\d]|[.,]\d)")]
    private static partial Regex Plate();

    // A few lower-case words may stand between a label and its number: "số CMND ghi trên hợp đồng thuê đất (…)".
    private const string Filler = @"(?:\s+(?!\d)\p{Ll}+){0,6}?";

    // A date of birth after its label (other dates are kept): sinh ngày 15/8/1987, sinh năm 1955, Ngày sinh: 21/11/1979, ngày sinh 07-04-1995, sinh ngày 03 tháng 02 năm 1990.
    [GeneratedRegex(@"(?<![\p{L}])(?:[Ss]inh\s+(?:ngày|năm)|[Nn]gày\s+sinh|[Nn]ăm\s+sinh|NGÀY\s+SINH|NĂM\s+SINH)" + Filler + @"\s*[:：]?\s*"
        + @"(?<date>\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|(?:19|20)\d{2})(?!\d)")]
    private static partial Regex BirthDate();

    // A bank account number after its label (a bare digit string is too often something else): Số tài khoản: 5801 0000 123 456; STK 102873456789; tài khoản số 060 123 456 789.
    [GeneratedRegex(@"(?<![\p{L}])(?:[Ss]ố\s+tài\s+khoản|[Tt]ài\s+khoản(?:\s+số)?|STK|[Ss]ố\s+TK)(?![\p{L}])" + Filler + @"\s*[:：]?\s*(?<number>\d(?:[\s.\-]?\d){5,22})(?![\p{L}\d])")]
    private static partial Regex BankAccount();

    // 12-digit CCCD / personal ID numbers and 9-digit CMND numbers, contiguous or in groups.
    private const string IdDigits = @"\d{12}|\d{9}|\d{3}(?<s>[\s.\-])\d{3}\k<s>\d{3}(?:\k<s>\d{3})?|\d{4}(?<t>[\s.\-])\d{4}\k<t>\d{4}";

    // An ID number after its label, in any grouping, with a few words between them: "CCCD số 079 203 001 234", "số CMND ghi trên hồ sơ 225123456".
    [GeneratedRegex(@"(?<![\p{L}])(?:CCCD|CMND|CMTND|[Cc]ăn\s+cước(?:\s+công\s+dân)?|[Cc]hứng\s+minh(?:\s+nhân\s+dân)?|[Đđ]ịnh\s+danh(?:\s+cá\s+nhân)?)(?![\p{L}])"
        + Filler + @"\s*[:：(]?\s*(?<number>" + IdDigits + @")(?![\p{L}\d]|[.,\-/]\d)")]
    private static partial Regex IdWithLabel();

    // A passport number after "hộ chiếu" (Vietnamese letter + digits, or a foreign one): hộ chiếu số M12345678, số hộ chiếu: TK1234567, hộ chiếu Liên bang Nga số 75 1234567, hộ chiếu cũ B1122334.
    [GeneratedRegex(@"(?<![\p{L}])[Hh]ộ\s+chiếu(?:\s+(?![A-Z]{1,2}\d)(?!\d)\p{L}+){0,4}?\s*[:：]?\s*(?<number>[A-Z]{1,2}\d{6,8}[A-Z]?|\d{2}\s?\d{7})(?![\p{L}\d])")]
    private static partial Regex Passport();

    // A tax code (10 digits, a branch's with -NNN) after its label: "mã số thuế 0312345678", "MST: 4201234567-001", "mã 0101234567".
    [GeneratedRegex(@"(?<![\p{L}])(?:[Mm]ã\s+số\s+thuế|MST|[Mm]ã\s+số\s+doanh\s+nghiệp|[Mm]ã\s+doanh\s+nghiệp|[Mm]ã\s+số\s+DN|[Đđ]ăng\s+ký\s+doanh\s+nghiệp\s+số|[Mm]ã)(?![\p{L}])"
        + Filler + @"\s*[:：]?\s*(?<number>\d{10}(?:-\d{3})?)(?![\p{L}\d]|[.,/\-]\d)")]
    private static partial Regex TaxCodeWithLabel();

    // 0905 123 456, 0978-432-109, (0258) 3 822 123, (0258)-3.765.432, 02583 612 789, +84 903 456 789,
    // (+84) 912.345.678, +84 (0) 935 246 810, +84 (258) 3812 909, 84977123456. Validated by PhoneOrKeep.
    [GeneratedRegex(@"(?<![\p{L}\d+.,/\-])(?:(?<intl>\(\+84\)|\+84|\(84\))[\s.\-]*(?:\(0\)[\s.\-]*)?|(?<intl>84)(?=\d{9}(?!\d))|(?=\(0\d{2,4}\))|(?=0))"
        + @"(?:\(\d{2,4}\)[\s.\-]*)?\d(?:[\s.\-]?\d){5,14}(?![\p{L}\d])")]
    private static partial Regex Phone();

    // Anything that may be a phone number in any spelling (spaces, dots, dashes, brackets, +84), to compare its digits with the submitter's.
    [GeneratedRegex(@"(?<![\p{L}\d])\(?\+?\d[\d\s.\-()]*\d(?![\p{L}\d])")]
    private static partial Regex PhoneCandidate();

    // A tax code without a label: 10 digits (4201234567) or a branch's (4201234567-001), not inside an amount or a code.
    [GeneratedRegex(@"(?<![\p{L}\d.,/\-])\d{10}(?:-\d{3})?(?![\p{L}\d]|[.,/\-]\d)")]
    private static partial Regex BareTaxCode();

    // A CCCD / CMND number without a label: 12 digits, 9 digits, or their groups separated by spaces or dashes (dots are amounts: 412.500.000).
    [GeneratedRegex(@"(?<![\p{L}\d.,/\-+])(?:\d{12}|\d{9}|\d{3}(?<s>[ \-])\d{3}\k<s>\d{3}(?:\k<s>\d{3})?|\d{4}(?<t>[ \-])\d{4}\k<t>\d{4})(?![\p{L}\d]|[.,/\-]\d)")]
    private static partial Regex BareIdNumber();

    // ---------------------------------------------------------------------------------------------------------
    // Addresses: a start that only an address has (a house number and a street, an alley, a lot, a village, a
    // residential group), then the ward, commune, district, town and province that follow in the same phrase.
    // ---------------------------------------------------------------------------------------------------------

    // A capitalised syllable: Yersin, Ỷ, Út, Ông.
    private const string Cap = @"\p{Lu}\p{Ll}*(?![\p{L}\d])";
    private const string PlaceName = Cap + @"(?:\s+" + Cap + @"){0,3}";

    // Words that follow a number without making it a house number: "Điều 38 Luật Đầu tư", "năm 2025 Ban quản lý".
    private const string NotStreet = @"(?!(?:Luật|Điều|Khoản|Nghị|Thông|Quyết|Chương|Mục|Phụ|Biểu|Mẫu|Kế|Công|Văn|Ban|Sở|Bộ|Ủy|Chính|Quốc|Tỉnh|Năm|Tháng|Ngày|Quý|Giấy|Thủ|Hội|Trung|Khu|Phòng|Cục|Cổng|Hệ|Dự|Trường|Tầng|Nhà|Bến|Cảng|Xe|Lô)(?![\p{L}]))";
    private const string StreetName = NotStreet + Cap + @"(?:\s+" + Cap + @"){0,4}";

    // đường số 4, đường 2/4, đường 23/10, đường 2 Tháng 4, đường D3.
    private const string NumberedStreet = @"(?:[Ss]ố\s+\d{1,3}|\d{1,2}/\d{1,2}|\d{1,2}\s+[Tt]háng\s+\d{1,2}|[A-Z]{1,2}\d{1,2})(?![\p{L}\d/])";
    private const string Street = @"(?:(?:[Đđ]ường|[Pp]hố)\s+(?:" + NumberedStreet + "|" + StreetName + ")|" + StreetName + ")";
    private const string Alley = @"(?:[Hh]ẻm|[Nn]gõ|[Kk]iệt|[Nn]gách)\s+\d{1,4}(?:/\d{1,4})*[A-Z]?(?![\p{L}\d])";

    // The word before a number that is not a house number: "Điều 10", "năm 2025", "tầng 2", "tỷ lệ 1/2000".
    private const string NotHouse = @"(?<![\p{L}\d.,/\-+])(?<!(?:Điều|điều|[Kk]hoản|[Nn]ăm|[Tt]háng|[Nn]gày|[Mm]ục|[Cc]hương|lộ|Km|[Tt]ầng|[Pp]hòng|quầy|lúc|giờ|nhóm|loại|hạng|cấp|[Mm]ẫu|lục|lệ|[Ll]uật|Phong|[Qq]uý)\s+)";
    private const string House = NotHouse + @"(?:[Ss]ố\s+)?\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)*(?:\s+" + Alley + @")*(?:\s*,\s*(?=[Đđ]ường\s)|\s+)" + Street;
    private const string AlleyStart = Alley + @"(?:\s+" + Alley + @")*\s+" + Street;
    private const string Lot = @"(?:[Ll]ô|[Cc]ăn)\s+[A-Z]{1,2}\d{1,3}(?:-\d{1,3})?(?![\p{L}\d])(?:\s*[,\-–]?\s*[Đđ]ường\s+(?:" + NumberedStreet + "|" + StreetName + "))?";
    private const string Village = @"(?<!gần\s)[Tt]hôn\s+" + PlaceName + @"(?:\s+\d{1,2}(?![\d/]))?";
    private const string ResidentialGroup = @"(?:[Tt]ổ\s+dân\s+phố|TDP)\s+(?:\d{1,3}(?![\d/])|" + PlaceName + @"(?:\s+\d{1,2}(?![\d/]))?)|[Tt]ổ\s+\d{1,3}(?![\d/])";

    private const string Admin = @"(?:[Pp]hường|[Xx]ã|[Tt]hị\s+trấn|[Tt]hị\s+xã|[Hh]uyện|[Qq]uận|[Tt]hành\s+phố|[Tt]ỉnh|[Tt]ổ\s+dân\s+phố|[Tt]hôn|[Kk]hu\s+công\s+nghiệp|[Cc]ụm\s+công\s+nghiệp|[Kk]hu\s+dân\s+cư|[Kk]hu\s+đô\s+thị|[Kk]hu\s+phố"
        + @"|P\.|X\.|H\.|Q\.|TX\.?|TP\.?|TT\.|TDP|KCN|CCN|KDC|KĐT)";
    private const string Component = @"(?:" + Admin + @"\s*(?:" + PlaceName + @"(?:\s+\d{1,2}(?![\d/]))?|\d{1,3}(?![\d/]))|" + PlaceName + @"(?=\s*(?:[,;.)–\-]|$)))";
    private const string Continuation = @"(?:(?:\s*[,\-–]\s*|\s+(?=" + Admin + @"))" + Component + @")*";

    [GeneratedRegex(@"(?:" + House + "|" + AlleyStart + "|" + Lot + "|" + Village + "|" + ResidentialGroup + @")" + Continuation + @"|\uE006(?:" + Continuation + ")")]
    private static partial Regex Address();

    // The words of an address as SubmitterAddressSpans compares them: words (D3, KCN), house numbers (12, 12/4, 45B).
    [GeneratedRegex(@"\p{L}+\d*|\d+(?:/\d+)*\p{L}?")]
    private static partial Regex AddressToken();

    // "số" just before the submitter's house number, which goes with it: "số 12 Trần Phú".
    [GeneratedRegex(@"(?<![\p{L}])[Ss]ố\s*$")]
    private static partial Regex HouseNumberWord();

    // ---------------------------------------------------------------------------------------------------------
    // Names of persons.
    // ---------------------------------------------------------------------------------------------------------

    // A word for the name passes: letters, with the apostrophe of Ê Đê and Gia Rai names (H'Linh, Y'Bih).
    [GeneratedRegex(@"\p{L}+(?:['’]\p{L}+)*")]
    private static partial Regex Word();

    // "Người kiến nghị:", "Người lao động nước ngoài:", "Họ và tên người phản ánh:", "NGƯỜI VIẾT ĐƠN:".
    [GeneratedRegex(@"(?:[Nn]gười|NGƯỜI|[Hh]ọ\s+(?:và\s+)?tên|HỌ\s+(?:VÀ\s+)?TÊN)[^:;.!?\n\uE000-\uE0FF]{0,40}:\s*$")]
    private static partial Regex PersonLabel();

    private static readonly HashSet<string> Surnames =
    [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh",
        "đoàn", "trương", "lâm", "mai", "trịnh", "cao", "lương", "tạ", "hà", "tô", "châu", "quách", "kiều", "thái", "la", "lưu", "văn",
        "đào", "tăng", "lạc", "tôn", "thạch", "kim", "chu", "hứa", "khổng", "lục", "mạc", "nông", "phùng", "thân", "tống", "triệu", "từ",
        "vương", "chế", "ma", "lò", "kha", "khúc", "giáp", "bế", "hầu", "lăng", "mã", "ninh", "y", "âu", "ông", "ưng", "ôn", "ấu", "ứng",
        "đàm", "đồng", "doãn", "khương", "lã", "lại", "lữ", "nghiêm", "phí", "quan", "tiêu", "trình", "ung", "viên", "vi", "bạch", "cù",
        "diệp", "giang", "khuất", "mẫn", "nhan", "sầm", "tiết", "trà", "tất", "vòng", "chung", "cung", "đậu", "hạ", "khiếu", "lỗ", "mông",
        "nhữ", "tào", "thiều", "thiệu", "tòng", "vy", "xa", "đới", "bàng", "biện", "lều", "lường", "quế", "yên",
    ];

    // Lower-case surnames after a title or an introduction ("ông trần quốc bảo"): not those that are also common words (từ, hồ, lý, cao…).
    private static readonly HashSet<string> LowerSurnames =
    [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương", "đinh", "đoàn",
        "trương", "lâm", "trịnh", "tạ", "châu", "quách", "kiều", "khổng", "lục", "mạc", "phùng", "vương", "lò", "kha", "bế", "âu",
        "thạch", "diệp", "khương", "doãn", "nghiêm", "khuất", "bạch",
    ];

    // Lower-case surnames that are rarely ordinary words, for a name written in lower case with no title before it.
    private static readonly HashSet<string> PlainLowerSurnames =
    [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương", "đinh", "đoàn",
        "trương", "trịnh", "quách", "lưu", "khổng", "lục", "phùng", "tống", "vương", "hứa", "giáp", "tạ", "châu", "lâm", "lò", "mạc",
    ];

    private static readonly HashSet<string> MiddleNames =
    [
        "văn", "thị", "hữu", "đức", "thanh", "minh", "quốc", "ngọc", "hoàng", "công", "quang", "xuân", "kim", "bích", "mỹ", "anh", "tấn",
        "đình", "trọng", "hồng", "phương", "gia", "bảo", "hải", "tuấn", "thu", "thế", "duy", "nhật", "như", "khánh", "thùy", "diệu",
        "hoài", "tiến", "mạnh", "huy", "chí", "trung", "đăng", "phước", "phúc", "cẩm", "tường", "kiều", "lệ", "tuyết", "yến", "thái",
        "việt", "nam", "sơn", "bá", "vĩnh", "ánh", "diễm", "phi", "thúy", "trường", "khắc", "đắc", "viết",
    ];

    // Given names that may follow a lower-case title alone ("có phải anh khoa không").
    private static readonly HashSet<string> GivenNames =
    [
        "khoa", "tuấn", "hùng", "lan", "hạnh", "hằng", "hân", "hoa", "thư", "trang", "linh", "hương", "huyền", "nga", "nhung", "oanh",
        "quyên", "thảo", "thủy", "trâm", "tuyết", "yến", "dũng", "hiếu", "huy", "khang", "khánh", "long", "lộc", "nghĩa", "phong",
        "quân", "sơn", "tâm", "thắng", "thịnh", "toàn", "trí", "tùng", "vinh", "cường", "đạt", "hậu", "hiệp", "kiên", "lợi", "lực",
        "nhân", "tài", "thiện", "tú", "uyên", "vy", "bảo", "duy", "hải", "hiền", "hòa", "liên", "loan", "mai", "my", "ngân", "ngọc",
        "nhi", "phúc", "phương", "quang", "quỳnh", "sang", "thanh", "thành", "thu", "tiến", "trinh", "trung", "tuyền", "vân", "việt",
        "xuân", "bình", "đông", "giang", "hà", "minh", "nam", "sáu", "tư", "bảy", "tám", "chín", "mười", "út",
    ];

    private static readonly HashSet<string> Titles = ["ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cháu", "cụ"];

    // A capitalised title after one of these is part of a place's name: Tháp Bà, Hòn Ông, đường Bà Triệu.
    private static readonly HashSet<string> Landmarks = ["tháp", "hòn", "đền", "chùa", "miếu", "núi", "mũi", "bến", "suối", "đảo", "cầu", "cồn", "đình", "lăng", "hồ", "chợ", "phố", "đường", "động", "gò", "bãi"];

    // Capitalised words that never begin or continue a person's name: offices, bodies, places, acronyms.
    private static readonly HashSet<string> NotNameWords =
    [
        "sở", "ban", "bộ", "phòng", "cục", "ủy", "ubnd", "hđnd", "khu", "hội", "ngân", "trường", "tổng", "chủ", "giám", "phó", "trưởng",
        "thủ", "bí", "chánh", "cổng", "hệ", "bưu", "viện", "tòa", "nhà", "quỹ", "hợp", "doanh", "luật", "nghị", "quyết", "thông", "điều",
        "khoản", "cảng", "tỉnh", "huyện", "xã", "phường", "quận", "thôn", "tp", "tx", "bql", "kkt", "kcn", "tnhh", "email", "fax", "tel",
        "zalo", "whatsapp", "đơn", "giấy", "hồ", "sơ", "công", "văn", "trung", "chi", "thành", "thị", "số", "đt", "ngày", "năm",
        "tháng", "quốc", "dự", "đầu", "xin", "kính", "trả", "căn", "theo", "tại", "về", "đề", "cộng", "độc", "tự", "hạnh",
    ];

    // Of NotNameWords, those that are also surnames or given names: they stop a name only before these words.
    private static readonly Dictionary<string, string[]> NotNameBefore = new()
    {
        ["công"] = ["ty"], ["văn"] = ["phòng", "bản"], ["trung"] = ["tâm"], ["chi"] = ["nhánh", "cục"], ["thành"] = ["phố"],
        ["thị"] = ["xã", "trấn"], ["hồ"] = ["sơ"], ["quốc"] = ["lộ", "hội", "gia"], ["hạnh"] = ["phúc"], ["tự"] = ["do"],
    };

    private static readonly HashSet<string> Countries = ["trung quốc", "hàn quốc", "nhật bản", "việt nam", "thái lan", "hoa kỳ", "ấn độ", "liên bang", "đài loan", "singapore", "nga", "úc", "mỹ", "pháp", "lào", "campuchia"];

    // Lower-case words that end a name written in lower case.
    private static readonly HashSet<string> NotNameLower =
    [
        "và", "với", "của", "là", "ở", "tại", "đã", "đang", "sẽ", "được", "bị", "cho", "để", "vì", "nên", "nhưng", "mà", "thì", "có",
        "không", "này", "đó", "kia", "các", "những", "một", "đến", "từ", "về", "theo", "trong", "ngoài", "trên", "dưới", "khi", "nếu",
        "hay", "hoặc", "cũng", "vẫn", "chưa", "rất", "đề", "xin", "hỏi", "phản", "kiến", "nộp", "gửi", "làm", "ký", "nhận", "viết", "nói",
        "muốn", "cần", "yêu", "báo", "mong", "vừa", "mới", "ạ", "ơi", "nhé", "ngày", "năm", "tháng", "hiện", "trú",
        "thường", "số", "điện", "email", "địa", "người", "chị", "cô", "chú", "bác", "em", "cháu", "tôi", "mình", "họ", "chúng", "thay",
        "cùng", "đại", "diện", "giám", "đốc", "hồ", "sơ", "đơn", "giấy", "nhà", "đất", "ông", "bà", "thưa", "kính", "gọi", "hướng", "dẫn",
        "ghi", "tên", "chủ", "hộ", "viên", "cán", "bộ", "phụ", "trách", "xử", "lý", "ra", "vào", "lên", "xuống", "qua", "lại",
        "bằng", "như", "sau", "trước", "nay", "đây", "ấy", "nào", "gì", "ai", "đi",
    ];

    // Of the given names, those that end a lower-case name before these words ("liên hệ", "nhân viên").
    private static readonly Dictionary<string, string[]> NotNameLowerBefore = new()
    {
        ["liên"] = ["hệ", "lạc", "quan", "tục", "thông"], ["nhân"] = ["viên", "dân", "danh"], ["sinh"] = ["ngày", "năm", "viên", "sống"],
    };

    // Words after a lone lower-case given name that show it is a name ("anh khoa không ạ").
    private static readonly HashSet<string> AfterGivenName = ["không", "ạ", "ơi", "nhé", "và", "đã", "ở", "có", "nói", "cho", "thì", "là", "với", "cũng", "vẫn", "đang", "sẽ", "được", "bị", "hỏi", "gọi"];

    private static readonly string[][] Introductions = [["tôi", "là"], ["tôi", "tên", "là"], ["tôi", "tên"], ["tên", "tôi", "là"], ["em", "là"], ["tên", "là"]];

    // Positions and roles a name follows without a courtesy title.
    private static readonly string[][] Roles =
    [
        ["Chuyên", "gia"], ["Chuyên", "viên"], ["chuyên", "viên"], ["Giám", "đốc"], ["GIÁM", "ĐỐC"],
        ["kỹ", "sư"], ["Kỹ", "sư"], ["Kiến", "trúc", "sư"], ["kiến", "trúc", "sư"], ["luật", "sư"], ["Luật", "sư"], ["bác", "sĩ"],
        ["Nhà", "đầu", "tư", "cá", "nhân"], ["nhà", "đầu", "tư", "cá", "nhân"], ["chủ", "hộ"], ["chủ", "tài", "khoản"], ["mang", "tên"],
        ["đứng", "tên"], ["người", "thụ", "hưởng"],
    ];

    // Words before a surname that make it a street, a school or a city: đường Nguyễn Tất Thành, Trường THCS Trần Quốc Toản, TP. Hồ Chí Minh.
    private static readonly HashSet<string> NotPersonBefore = ["đường", "phố", "cầu", "thcs", "thpt", "học", "trường", "tuyến", "chợ", "tp", "phường", "xã", "huyện", "quận", "thôn", "hẻm", "kiệt", "ngõ", "khu", "kcn", "lộ", "công", "viên", "bệnh", "quảng"];

    // The common surnames typed without diacritics ("Nguyen Thi Anh Tuyet"), taken only with a run of unaccented capitalised words.
    private static readonly HashSet<string> UnaccentedSurnames = PlainLowerSurnames.Select(Fold).ToHashSet();

    private readonly record struct NameWord(string Text, string Lower, int Start, int End);

    private static void Names(Work work)
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

        work.Replace(spans, Kind.Name);
    }

    private static bool IsUpperCase(string word) => word.Any(char.IsLetter) && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>Hùng, Ý, H'Hen: every part starts with a capital and goes on in lower case.</summary>
    private static bool IsTitleCase(string word) =>
        word.Split('\'', '’').All(p => p.Length > 0 && char.IsUpper(p[0]) && p.Skip(1).All(char.IsLower));

    /// <summary>A Vietnamese (or foreign) name syllable has a vowel; TNHH, PCCC, SĐT, CCCD do not.</summary>
    private static bool HasVowel(string word) => word.Normalize(NormalizationForm.FormD).Any(c => "aeiouyAEIOUY".Contains(c));
}
