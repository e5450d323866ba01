using System.Text.RegularExpressions;
using VanPhong.Text;
using static VanPhong.Catalog.Decisions.Reading.DecisionPatterns;
using static VanPhong.Catalog.Decisions.Reading.DecisionText;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>A procedure's content block of Phần II: its name and code, then its fields under the TT 02/2017 headings a) to l).</summary>
internal static class ContentBlock
{
    /// <summary>"1. Thủ tục …" in Phần II, then its fields a) … l) into <paramref name="draft"/>, up to the next procedure or section; returns where it ends.</summary>
    public static int Read(List<Line> lines, int at, Match heading, Draft draft)
    {
        var nameLines = new List<Line> { lines[at] with { Text = heading.Groups["name"].Value } };
        var fields = new List<(string Field, Line Label, List<Line> Lines)>();
        var i = at + 1;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBar || PartLine().IsMatch(line.Folded) || ProcedureListReader.Heading(line, lines.ElementAtOrDefault(i + 1)) is not null
                || BlockHeading().IsMatch(line.Text)
                || (SectorHeading().IsMatch(line.Folded) && line.Text.Length < 150))
            {
                break;
            }

            if (FieldLabel().Match(line.Text) is { Success: true } label && FieldOf(VietnameseText.Fold(label.Groups["label"].Value)) is { } field
                && fields.All(f => f.Field != field))
            {
                var rest = label.Groups["rest"].Value.Trim();
                fields.Add((field, line, rest.Length > 0 ? [line with { Text = rest, Original = line.Text }] : []));
            }
            else if (fields.Count > 0)
            {
                if (line.Text.Length > 0)
                {
                    fields[^1].Lines.Add(line);
                }
            }
            else if (line.Text.Length > 0)
            {
                nameLines.Add(line);
            }
        }

        var name = string.Join(' ', nameLines.Select(l => l.Text)).Trim();
        var code = CodeIn().Match(name);
        if (code.Success)
        {
            draft.Code = code.Value;
            name = CodeInName().Replace(name, "").Trim().TrimEnd('.', ',', ';', ':', '-').Trim();
        }

        // "1. Thủ tục cấp giấy …": the name continues the sentence in lower case; as a name it starts with a capital.
        name = name.TrimEnd('.');
        draft.Name = name.Length == 0 ? null : char.ToUpper(name[0], Vietnamese) + name[1..];
        foreach (var (field, label, content) in fields)
        {
            ReadField(draft, field, label, content);
        }

        return i;
    }

    /// <summary>The TT 02/2017 heading a label starts with; a dossier entry "c) Phiếu lý lịch tư pháp" starts with none.</summary>
    private static string? FieldOf(string label) => label switch
    {
        _ when label.Length > 70 => null,
        _ when label.StartsWith("trinh tu", StringComparison.Ordinal) => "steps",
        _ when label.StartsWith("cach thuc", StringComparison.Ordinal) => "methods",
        _ when label.StartsWith("thanh phan", StringComparison.Ordinal) || label.StartsWith("ho so", StringComparison.Ordinal) => "dossier",
        _ when label.StartsWith("thoi han", StringComparison.Ordinal) => "time",
        _ when label.StartsWith("doi tuong", StringComparison.Ordinal) => "applicants",
        _ when label.StartsWith("co quan", StringComparison.Ordinal) => "agency",
        _ when label.StartsWith("ket qua", StringComparison.Ordinal) => "result",
        _ when label.StartsWith("ten mau", StringComparison.Ordinal) || label.StartsWith("mau don", StringComparison.Ordinal) => "forms",
        _ when label.StartsWith("phi", StringComparison.Ordinal) && !label.StartsWith("phieu", StringComparison.Ordinal) || label.StartsWith("le phi", StringComparison.Ordinal) => "fees",
        _ when label.StartsWith("yeu cau", StringComparison.Ordinal) || label.StartsWith("dieu kien", StringComparison.Ordinal) => "conditions",
        _ when label.StartsWith("can cu", StringComparison.Ordinal) => "legal",
        _ when label.StartsWith("dia diem", StringComparison.Ordinal) => "place",
        _ when label.StartsWith("muc do", StringComparison.Ordinal) => "online",
        _ => null,
    };

    private static void ReadField(Draft draft, string field, Line label, List<Line> content)
    {
        if (content.Count == 0)
        {
            draft.Flag(FieldPath(field), label, $"Mục \"{label.Text}\" để trống.");
            return;
        }

        var text = string.Join(' ', content.Select(l => l.Text));
        switch (field)
        {
            case "steps":
                draft.Steps = FieldContent.Entries(content);
                break;
            case "methods":
                FieldContent.ReadMethods(draft, content);
                break;
            case "dossier":
                draft.Dossier = FieldContent.Dossier(content);
                if (draft.Dossier.Count == 0)
                {
                    draft.Flag("content.dossier", label, "Không đọc được giấy tờ nào trong thành phần hồ sơ: nhập thành phần hồ sơ.");
                }

                break;
            case "time":
                FieldContent.ReadTime(draft, content);
                break;
            case "applicants":
                draft.Applicants = text;
                break;
            case "agency":
                draft.Agency = text;
                draft.OneStop |= FieldContent.MentionsOneStop(VietnameseText.Fold(text));
                break;
            case "result":
                draft.Result = text;
                break;
            case "fees":
                FieldContent.ReadFees(draft, content);
                break;
            case "conditions":
                draft.ConditionsRead = true;
                draft.Conditions = VietnameseText.Fold(text).StartsWith("khong", StringComparison.Ordinal) ? null : text;
                break;
            case "legal":
                draft.Legal = FieldContent.LegalBases(content);
                break;
            case "place":
                FieldContent.ReadPlace(draft, content);
                break;
            case "online":
                FieldContent.ReadOnlineLevel(draft, content);
                break;
        }
    }

    private static string FieldPath(string field) => field switch
    {
        "time" => "content.processingDays",
        "agency" => "content.implementingAgency",
        "legal" => "content.legalBases",
        "online" => "content.onlineLevel",
        "forms" => "content.dossier",
        _ => $"content.{field}",
    };
}
