// Why one file: one pure job — reading the plain-text layout of a plan decision, with errors by line number; HtmlCell is
// the small reader of the markup a table cell may hold (paragraphs, lists, italics), used by nothing else.

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using VanPhong.Text;

namespace VanPhong.Plans.Documents;

/// <summary>The plain-text layout could not be read; says where and why, in Vietnamese.</summary>
public sealed class PlanFormatException(int line, string message)
    : Exception(line > 0 ? $"Dòng {line}: {message}" : message)
{
    public int Line { get; } = line;
}

/// <summary>
/// Reads a decision issuing a TTHC control plan, in the plain-text layout of the 2023 plan: the decision's header
/// (number, date, legal bases, signer), the budget, and the appendix table
/// "TT | Nội dung công việc | Thời gian thực hiện | Đơn vị thực hiện | Đơn vị phối hợp | Kết quả", whose header
/// repeats at every page and whose rows continue on the next page in a row with an empty TT.
/// </summary>
public static partial class PlanTextParser
{
    private const string HeaderStart = "TT\tNội dung công việc";

    public static PlanDocument Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Normalize(NormalizationForm.FormC).Split('\n');
        // As in a JSON body (StrictJson): a NUL or another control character is never part of a plan's text.
        var controlLine = Array.FindIndex(lines, VietnameseText.HasControlCharacter);
        if (controlLine >= 0)
        {
            throw new PlanFormatException(controlLine + 1, "Có ký tự điều khiển (ví dụ ký tự NUL), không được chấp nhận.");
        }

        var headerLine = Array.FindIndex(lines, l => l.StartsWith(HeaderStart, StringComparison.Ordinal));
        if (headerLine < 0)
        {
            throw new PlanFormatException(0, "Không tìm thấy bảng phụ lục (dòng tiêu đề \"TT | Nội dung công việc | Thời gian thực hiện | Đơn vị thực hiện | Đơn vị phối hợp | Kết quả\").");
        }

        var preamble = lines[..headerLine];
        var year = ReadYear(preamble);
        var rows = ReadRows(lines, headerLine);
        var sections = BuildSections(rows);
        if (sections.Count == 0)
        {
            throw new PlanFormatException(headerLine + 1, "Bảng phụ lục không có mục nào (I, II, …).");
        }

        var (decisionDate, decisionDateText) = ReadDecisionDate(preamble);
        var (signer, signerTitle) = ReadSigner(preamble);
        return new PlanDocument(
            year,
            ReadTitle(preamble, year),
            ReadDecisionNumber(preamble),
            decisionDate,
            decisionDateText,
            signer,
            signerTitle,
            LegalBases(preamble),
            ReadBudget(preamble),
            Block(preamble, "I. MỤC ĐÍCH", "II. Nội dung"),
            Block(preamble, "IV. Tổ chức thực hiện", "PHỤ LỤC"),
            sections);
    }

    private sealed class Row(int line, string tt, string[] cells)
    {
        public int Line { get; } = line;

        public string Tt { get; } = tt;

        /// <summary>Content, timeframe, lead units, coordinating units, result: each a list of lines.</summary>
        public List<string>[] Cells { get; } = cells.Select(HtmlCell.ToLines).ToArray();

        public void Continue(string[] more)
        {
            for (var i = 0; i < Cells.Length; i++)
            {
                var continuation = HtmlCell.ToLines(more[i]);
                if (continuation.Count == 0)
                {
                    continue;
                }

                var cell = Cells[i];
                if (cell.Count > 0 && !EndsSentence(cell[^1]))
                {
                    // The page broke the cell in mid-sentence ("theo quy" | "định."): rejoin the words.
                    cell[^1] = cell[^1] + " " + continuation[0];
                    cell.AddRange(continuation.Skip(1));
                }
                else
                {
                    cell.AddRange(continuation);
                }
            }
        }

        public string? Text(int index) => Cells[index].Count == 0 ? null : string.Join("\n", Cells[index]);

        private static bool EndsSentence(string line) => line.TrimEnd().EndsWith('.') || line.TrimEnd().EndsWith(';') || line.TrimEnd().EndsWith(':');
    }

    private static List<Row> ReadRows(string[] lines, int headerLine)
    {
        var rows = new List<Row>();
        for (var i = headerLine; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith(HeaderStart, StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length > 6)
            {
                throw new PlanFormatException(i + 1, $"Dòng có {fields.Length} cột, bảng phụ lục chỉ có 6 cột.");
            }

            if (fields.Length < 2)
            {
                throw new PlanFormatException(i + 1, "Dòng không thuộc bảng phụ lục (thiếu dấu phân cách cột).");
            }

            var cells = fields.Skip(1).Concat(Enumerable.Repeat("", 6 - fields.Length)).ToArray();
            var tt = fields[0].Trim();
            if (tt.Length == 0)
            {
                if (rows.Count == 0)
                {
                    throw new PlanFormatException(i + 1, "Dòng tiếp nối xuất hiện trước dòng đầu tiên của bảng.");
                }

                rows[^1].Continue(cells);
            }
            else
            {
                rows.Add(new Row(i + 1, tt, cells));
            }
        }

        return rows;
    }

    private static List<SectionDocument> BuildSections(List<Row> rows)
    {
        var sections = new List<(string Code, string Title, List<(Row Row, string Code, string? Parent)> Items)>();
        foreach (var row in rows)
        {
            if (RomanNumeral().IsMatch(row.Tt))
            {
                sections.Add((row.Tt, row.Text(0) ?? throw new PlanFormatException(row.Line, $"Mục {row.Tt} không có tên."), []));
                continue;
            }

            if (sections.Count == 0)
            {
                throw new PlanFormatException(row.Line, $"Dòng '{row.Tt}' đứng trước mục La Mã đầu tiên (I, II, …).");
            }

            if (!ItemNumber().IsMatch(row.Tt))
            {
                throw new PlanFormatException(row.Line, $"Số thứ tự '{row.Tt}' không hợp lệ (dạng 1, 1.1, 1.1.2).");
            }

            var section = sections[^1];
            var code = $"{section.Code}.{row.Tt}";
            if (section.Items.Any(i => i.Code == code) || sections.SelectMany(s => s.Items).Any(i => i.Code == code))
            {
                throw new PlanFormatException(row.Line, $"Số thứ tự {code} xuất hiện hai lần.");
            }

            var lastDot = row.Tt.LastIndexOf('.');
            var parent = lastDot < 0 ? null : $"{section.Code}.{row.Tt[..lastDot]}";
            if (parent is not null && section.Items.All(i => i.Code != parent))
            {
                throw new PlanFormatException(row.Line, $"Dòng {code} thuộc nhóm {parent} nhưng nhóm này không có trong bảng.");
            }

            section.Items.Add((row, code, parent));
        }

        return sections.Select(s => new SectionDocument(s.Code, s.Title, s.Items.Select(i =>
        {
            var isGroup = s.Items.Any(other => other.Parent == i.Code);
            var content = i.Row.Text(0) ?? throw new PlanFormatException(i.Row.Line, $"Dòng {i.Code} không có nội dung công việc.");
            if (!isGroup && i.Row.Text(2) is null)
            {
                throw new PlanFormatException(i.Row.Line, $"Dòng {i.Code} không có đơn vị thực hiện.");
            }

            if (!isGroup && i.Row.Text(1) is null)
            {
                throw new PlanFormatException(i.Row.Line, $"Dòng {i.Code} không có thời gian thực hiện.");
            }

            return new ItemDocument(i.Code, i.Parent, isGroup, content, i.Row.Text(1), i.Row.Text(2), i.Row.Text(3), i.Row.Text(4));
        }).ToList())).ToList();
    }

    private static int ReadYear(string[] preamble)
    {
        foreach (var line in preamble)
        {
            var match = PlanYear().Match(line);
            if (match.Success)
            {
                return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        throw new PlanFormatException(0, "Không xác định được năm của kế hoạch (\"Kế hoạch kiểm soát thủ tục hành chính năm …\").");
    }

    private static string ReadTitle(string[] preamble, int year)
    {
        var title = preamble.FirstOrDefault(l => l.StartsWith("Kiểm soát thủ tục hành chính năm", StringComparison.Ordinal));
        return title is null ? $"Kế hoạch kiểm soát thủ tục hành chính năm {year}" : "Kế hoạch " + char.ToLower(title[0], CultureInfo.GetCultureInfo("vi-VN")) + title[1..].Trim();
    }

    private static string? ReadDecisionNumber(string[] preamble) =>
        preamble.Select(l => DecisionNumber().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim();

    private static (DateOnly? Date, string? Text) ReadDecisionDate(string[] preamble)
    {
        foreach (var line in preamble)
        {
            var match = DecisionDate().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var text = match.Groups[0].Value.Trim();
            var hasDay = int.TryParse(match.Groups["day"].Value, out var day);
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            // The 2023 decision leaves the day blank ("ngày    tháng 02 năm 2023"): keep the text, set no date.
            return (hasDay ? new DateOnly(year, month, day) : null, text);
        }

        return (null, null);
    }

    private static (string? Name, string? Title) ReadSigner(string[] preamble)
    {
        var plan = Array.FindIndex(preamble, l => l.Trim() == "KẾ HOẠCH");
        var signer = plan > 0 ? preamble[..plan].Reverse().FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim() : null;
        var title = preamble.Reverse().FirstOrDefault(l => l.Trim() is "TRƯỞNG BAN" or "PHÓ TRƯỞNG BAN" or "KT. TRƯỞNG BAN");
        return (signer, title is null ? null : SentenceCase(title.Trim()));
    }

    /// <summary>The "Căn cứ …" lines of the decision itself, before its operative part ("QUYẾT ĐỊNH:").</summary>
    private static List<string> LegalBases(string[] preamble)
    {
        var operative = Array.FindIndex(preamble, l => l.Trim() == "QUYẾT ĐỊNH:");
        return preamble[..(operative < 0 ? preamble.Length : operative)]
            .Where(l => l.StartsWith("Căn cứ ", StringComparison.Ordinal))
            .Select(l => l.Trim().TrimEnd(';', '.'))
            .ToList();
    }

    private static string SentenceCase(string upper)
    {
        var lower = upper.ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        return char.ToUpper(lower[0], CultureInfo.GetCultureInfo("vi-VN")) + lower[1..];
    }

    private static long ReadBudget(string[] preamble)
    {
        foreach (var line in preamble)
        {
            var match = Budget().Match(line);
            if (match.Success)
            {
                return long.Parse(match.Groups[1].Value.Replace(".", ""), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static string? Block(string[] preamble, string start, string end)
    {
        var from = Array.FindIndex(preamble, l => l.StartsWith(start, StringComparison.OrdinalIgnoreCase));
        if (from < 0)
        {
            return null;
        }

        var to = Array.FindIndex(preamble, from + 1, l => l.StartsWith(end, StringComparison.OrdinalIgnoreCase));
        var body = preamble[(from + 1)..(to < 0 ? preamble.Length : to)].Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim());
        return string.Join("\n", body);
    }

    [GeneratedRegex("^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"kiểm soát thủ tục hành chính năm (\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex PlanYear();

    [GeneratedRegex(@"^Số:\s*(.+)$")]
    private static partial Regex DecisionNumber();

    [GeneratedRegex(@"ngày\s*(?<day>\d{1,2})?\s*tháng\s*(?<month>\d{1,2})\s*năm\s*(?<year>\d{4})")]
    private static partial Regex DecisionDate();

    [GeneratedRegex(@"tổng số tiền là \**([\d.]+)\s*đ")]
    private static partial Regex Budget();
}

/// <summary>Turns a cell's markup (paragraphs, bullet lists, italics) into the lines a reader sees.</summary>
internal static partial class HtmlCell
{
    public static List<string> ToLines(string raw)
    {
        var lines = new List<string>();
        var text = Italic().Replace(raw, "");
        var inList = false;
        foreach (var token in Tags().Split(text))
        {
            if (token.StartsWith("<ul", StringComparison.Ordinal))
            {
                inList = true;
                continue;
            }

            if (token == "</ul>")
            {
                inList = false;
                continue;
            }

            if (token is "<p>" or "</p>")
            {
                continue;
            }

            var chunk = Space().Replace(token, " ").Trim();
            if (chunk.Length == 0)
            {
                continue;
            }

            if (inList)
            {
                lines.AddRange(Bullet().Split(" " + chunk).Select(b => b.Trim()).Where(b => b.Length > 0).Select(b => "- " + b));
            }
            else
            {
                lines.Add(chunk);
            }
        }

        return lines;
    }

    [GeneratedRegex("</?i>")]
    private static partial Regex Italic();

    [GeneratedRegex("(<ul[^>]*>|</ul>|<p>|</p>)")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"(?:^|\s)-\s+")]
    private static partial Regex Bullet();
}
