using System.Text.RegularExpressions;
using VanPhong.Catalog.Model;
using VanPhong.Text;
using static VanPhong.Catalog.Decisions.Reading.DecisionPatterns;
using static VanPhong.Catalog.Decisions.Reading.DecisionText;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>
/// The appendix's lists, in either layout: the table rows of the Bắc Ninh decisions (one per procedure, the columns named by
/// the header row) or the Khánh Hòa parts (Phần I's lists new / amended / abolished, Phần II's content blocks), each
/// procedure's kind of change from its list's heading checked against what Điều 1 publishes.
/// </summary>
internal sealed class ProcedureListReader(List<Line> lines, HeaderReader header, DecisionFlags flags)
{
    /// <summary>The procedures of the lists (table rows), in the order read.</summary>
    public List<Draft> Listed { get; } = [];

    /// <summary>The procedures of Phần II's content blocks, matched to the listed ones afterwards.</summary>
    public List<Draft> Blocks { get; } = [];

    public void Read(int from)
    {
        ChangeKind? kind = null;
        Line? kindLine = null;
        string? sector = null;
        var inContent = false;
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i];
            if (PartLine().Match(line.Folded) is { Success: true } part)
            {
                inContent = part.Groups["n"].Value is "ii" or "2" || line.Folded.Contains("noi dung", StringComparison.Ordinal);
                kind = null;
                continue;
            }

            if (line.Folded.StartsWith("(kem theo quyet dinh", StringComparison.Ordinal) || line.Folded.StartsWith("kem theo quyet dinh", StringComparison.Ordinal))
            {
                CheckAppendixReference(line, lines.ElementAtOrDefault(i + 1));
                continue;
            }

            if (Heading(line, lines.ElementAtOrDefault(i + 1)) is { } heading)
            {
                (kind, kindLine) = (heading, line);
                continue;
            }

            if (SectorHeading().Match(line.Folded) is { Success: true } sectorHeading && line.Text.Length < 150)
            {
                sector = SentenceCase(line.Text.Substring(sectorHeading.Groups["sector"].Index).TrimEnd('.', ':'));
                continue;
            }

            if (line.IsBar)
            {
                i = ReadTable(i, kind, kindLine, sector) - 1;
                continue;
            }

            if (inContent && BlockHeading().Match(line.Text) is { Success: true } block)
            {
                var draft = new Draft { Origin = line, Sector = sector, HasContentBlock = true };
                SetKind(draft, kind, kindLine);
                i = ContentBlock.Read(lines, i, block, draft) - 1;
                Blocks.Add(draft);
            }
        }
    }

    public static ChangeKind? Heading(Line line, Line? next)
    {
        if (line.Text.Length > 250 || !(HeadingPrefix().IsMatch(line.Folded) || line.Folded.StartsWith("danh muc", StringComparison.Ordinal)))
        {
            return null;
        }

        var text = line.Folded;
        if (!text.Contains("thu tuc", StringComparison.Ordinal) && !text.Contains("tthc", StringComparison.Ordinal))
        {
            return null;
        }

        var kinds = KindsIn(text);
        if (kinds.Count == 0 && next is not null && !next.IsBar)
        {
            kinds = KindsIn(text + " " + next.Folded);
        }

        return kinds.Count == 1 ? kinds.Single() : null;
    }

    private void CheckAppendixReference(Line line, Line? next)
    {
        var text = next is null || next.IsBar ? line.Folded : line.Folded + " " + next.Folded;
        var match = AppendixReference().Match(text);
        if (!match.Success || match.Groups["no"].Value.Length == 0 || match.Groups["d"].Value.Length == 0)
        {
            flags.Add("appendix", line, "Phụ lục ghi \"Kèm theo Quyết định số …\" để trống số hoặc ngày: kiểm tra phụ lục đúng là của quyết định này rồi chấp nhận.");
        }
        else if (header.Number is not null && !VietnameseText.Fold(header.Number).StartsWith(match.Groups["no"].Value + "/", StringComparison.Ordinal))
        {
            flags.Add("appendix", line, $"Phụ lục ghi kèm theo Quyết định số {match.Groups["no"].Value}, khác số quyết định {header.Number}: kiểm tra phụ lục.");
        }
    }


    /// <summary>A table from its first "|": the header row names the columns; each later row of the same width is a procedure.</summary>
    private int ReadTable(int at, ChangeKind? kind, Line? kindLine, string? sector)
    {
        var i = at + 1;
        var header = new List<List<Line>>();
        while (i < lines.Count)
        {
            var cell = Cell(ref i);
            if (cell is null || cell.Count == 0)
            {
                break;
            }

            // A header names its column in a few words; a bar before running text is page scaffolding.
            if (cell.Count > 3 || cell.Sum(l => l.Text.Length) > 120)
            {
                return at + 1;
            }

            header.Add(cell);
        }

        var columns = header.Select(c => Column(VietnameseText.Fold(string.Join(' ', c.Select(l => l.Text))))).ToList();
        if (!columns.Contains("code"))
        {
            return Math.Max(at + 1, i - 1);
        }

        // i is past the bar that opened the first row.
        while (i < lines.Count)
        {
            var cells = new List<List<Line>>();
            var rowStart = i;
            while (cells.Count < columns.Count && i < lines.Count)
            {
                var cell = Cell(ref i);
                if (cell is null)
                {
                    break;
                }

                cells.Add(cell);
            }

            if (cells.Count < columns.Count)
            {
                return rowStart;
            }

            ReadRow(columns, cells, kind, kindLine, ref sector, lines[rowStart]);
            if (i < lines.Count && lines[i].IsBar)
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }


    /// <summary>The lines up to the next "|" (which is consumed); null at the end of the text.</summary>
    private List<Line>? Cell(ref int i)
    {
        var cell = new List<Line>();
        for (; i < lines.Count; i++)
        {
            if (lines[i].IsBar)
            {
                i++;
                return cell;
            }

            if (lines[i].Text.Length > 0)
            {
                cell.Add(lines[i]);
            }
        }

        return null;
    }

    private static string Column(string header) => header switch
    {
        _ when header.StartsWith("ma ", StringComparison.Ordinal) || header == "ma" || header.Contains("ma tthc", StringComparison.Ordinal) || header.Contains("ma so", StringComparison.Ordinal) => "code",
        "tt" or "stt" or "so tt" => "index",
        _ when header.StartsWith("ten", StringComparison.Ordinal) => header.Contains("van ban", StringComparison.Ordinal) || header.Contains("vbqppl", StringComparison.Ordinal) ? "other" : "name",
        _ when header.Contains("cach thuc", StringComparison.Ordinal) => "methods",
        _ when header.Contains("dia diem", StringComparison.Ordinal) => "place",
        _ when header.Contains("thoi han", StringComparison.Ordinal) => "time",
        _ when header.Contains("phi", StringComparison.Ordinal) => "fees",
        _ when header.Contains("can cu", StringComparison.Ordinal) => "legal",
        _ when header.Contains("linh vuc", StringComparison.Ordinal) => "sector",
        _ when header.Contains("co quan", StringComparison.Ordinal) => "agency",
        _ when header.Contains("cap thuc hien", StringComparison.Ordinal) => "level",
        _ when header.Contains("muc do", StringComparison.Ordinal) => "online",
        _ => "other",
    };

    private void ReadRow(List<string> columns, List<List<Line>> cells, ChangeKind? kind, Line? kindLine, ref string? sector, Line rowLine)
    {
        var cell = (string name) => columns.IndexOf(name) is var at and >= 0 ? cells[at] : null;
        var codeCell = cell("code")!;
        var codeText = string.Join("", codeCell.Select(l => l.Text)).Replace(" ", "");
        var nameCell = cell("name");
        var name = nameCell is { Count: > 0 } ? string.Join(' ', nameCell.Select(l => l.Text)) : null;
        if (codeText.Length == 0 && (cells.All(c => c.Count == 0) || cells.Count(c => c.Count > 0) == 1))
        {
            // A row that only names a sector or a group (a merged cell): it heads the rows below it.
            var only = cells.FirstOrDefault(c => c.Count > 0);
            if (only is not null && SectorHeading().Match(VietnameseText.Fold(only[0].Text)) is { Success: true } s)
            {
                sector = SentenceCase(only[0].Text.Substring(s.Groups["sector"].Index).TrimEnd('.', ':'));
            }

            return;
        }

        var draft = new Draft { Origin = codeCell.FirstOrDefault() ?? rowLine, Name = name, Sector = sector };
        SetKind(draft, kind, kindLine);
        var code = CodeIn().Match(codeText);
        if (code.Success && code.Value.Length == codeText.TrimEnd('.', ',').Length)
        {
            draft.Code = code.Value;
        }
        else
        {
            draft.Flag("code", codeCell.FirstOrDefault() ?? rowLine, $"Mã thủ tục \"{codeText}\" không đúng định dạng của Cơ sở dữ liệu quốc gia (ví dụ 1.014199.H05): nhập mã.");
        }

        if (cell("sector") is { Count: > 0 } sectorCell)
        {
            draft.Sector = string.Join(' ', sectorCell.Select(l => l.Text));
        }

        if (cell("agency") is { Count: > 0 } agency)
        {
            draft.Agency = string.Join(' ', agency.Select(l => l.Text));
        }

        if (cell("level") is { Count: > 0 } level)
        {
            draft.Level = string.Join(' ', level.Select(l => l.Text));
        }

        if (cell("methods") is { Count: > 0 } methods)
        {
            FieldContent.ReadMethods(draft, methods);
        }

        if (cell("online") is { Count: > 0 } online)
        {
            FieldContent.ReadOnlineLevel(draft, online);
        }

        if (cell("place") is { Count: > 0 } place)
        {
            FieldContent.ReadPlace(draft, place);
        }

        if (cell("time") is { Count: > 0 } time)
        {
            FieldContent.ReadTime(draft, time);
        }

        if (cell("fees") is { Count: > 0 } fees)
        {
            FieldContent.ReadFees(draft, fees);
        }

        if (cell("legal") is { Count: > 0 } legal)
        {
            draft.Legal = FieldContent.LegalBases(legal);
        }

        Listed.Add(draft);
    }

    private void SetKind(Draft draft, ChangeKind? kind, Line? kindLine)
    {
        if (kind is { } listed)
        {
            draft.Change = listed;
            draft.ChangeLine = kindLine;
            if (header.Article1Kinds.Count > 0 && !header.Article1Kinds.Contains(listed))
            {
                draft.ChangeWhy = $"Điều 1 công bố thủ tục {string.Join(", ", header.Article1Kinds.Select(KindName))} nhưng thủ tục này nằm trong danh mục "
                    + $"\"{KindName(listed)}\": kiểm tra và chọn đúng loại thay đổi (mới ban hành, sửa đổi, bãi bỏ).";
            }
        }
        else if (header.Article1Kinds.Count == 1)
        {
            draft.Change = header.Article1Kinds.Single();
            draft.ChangeLine = header.Article1Line;
        }
        else
        {
            draft.Change = ChangeKind.New;
            draft.ChangeLine = header.Article1Line;
            draft.ChangeWhy = "Không xác định được thủ tục này mới ban hành, sửa đổi hay bãi bỏ (danh mục không có tiêu đề rõ ràng): chọn loại thay đổi.";
        }
    }

}
