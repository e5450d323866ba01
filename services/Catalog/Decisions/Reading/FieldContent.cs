using System.Globalization;
using System.Text.RegularExpressions;
using VanPhong.Catalog.Model;
using VanPhong.Text;
using static VanPhong.Catalog.Decisions.Reading.DecisionPatterns;
using static VanPhong.Catalog.Decisions.Reading.DecisionText;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>
/// What one field of a procedure says — methods, online level, place, processing time, fees, steps, dossier, legal bases —
/// read the same way from a table cell or a content block's lines; what cannot be read is flagged on the draft.
/// </summary>
internal static class FieldContent
{
    public static void ReadMethods(Draft draft, List<Line> cell)
    {
        var folded = VietnameseText.Fold(string.Join(' ', cell.Select(l => l.Text)));
        var direct = folded.Contains("truc tiep", StringComparison.Ordinal);
        var postal = folded.Contains("buu chinh", StringComparison.Ordinal);
        var online = folded.Contains("truc tuyen", StringComparison.Ordinal) || folded.Contains("dich vu cong", StringComparison.Ordinal);
        if (!direct && !postal && !online)
        {
            draft.Flag("content.methods", cell[0], "Không nhận ra cách thức thực hiện (trực tiếp, bưu chính, trực tuyến): nhập cách thức.");
            return;
        }

        draft.Methods = new DeliveryMethods(direct, postal, online);
        draft.OnlinePayment |= folded.Contains("thanh toan truc tuyen", StringComparison.Ordinal);
        draft.OneStop |= MentionsOneStop(folded);
        if (draft.OnlineLevel is null)
        {
            draft.OnlineLevel = LevelIn(folded);
        }
    }

    public static void ReadOnlineLevel(Draft draft, List<Line> cell)
    {
        var level = LevelIn(VietnameseText.Fold(string.Join(' ', cell.Select(l => l.Text))));
        if (level is null)
        {
            draft.Flag("content.onlineLevel", cell[0], $"Không nhận ra mức độ dịch vụ công trực tuyến \"{cell[0].Text}\": chọn toàn trình, một phần hoặc không trực tuyến.");
        }

        draft.OnlineLevel = level;
    }

    private static string? LevelIn(string folded) =>
        folded.Contains("toan trinh", StringComparison.Ordinal) ? OnlineLevels.Full
        : folded.Contains("mot phan", StringComparison.Ordinal) ? OnlineLevels.Partial
        : NotOnline().IsMatch(folded) ? OnlineLevels.None
        : null;

    public static bool MentionsOneStop(string folded) =>
        folded.Contains("mot cua", StringComparison.Ordinal) || folded.Contains("phuc vu hanh chinh cong", StringComparison.Ordinal);

    /// <summary>"Địa điểm thực hiện" of the list layout: the places of receipt, the implementing and the deciding agency, each after its label.</summary>
    public static void ReadPlace(Draft draft, List<Line> cell)
    {
        var places = new List<string>();
        var agency = new List<string>();
        var deciding = new List<string>();
        List<string>? current = null;
        foreach (var line in cell)
        {
            var folded = line.Folded.TrimStart('-', ' ');
            var colon = line.Text.IndexOf(':');
            var rest = colon >= 0 ? line.Text[(colon + 1)..].Trim() : "";
            if (folded.StartsWith("noi tiep nhan", StringComparison.Ordinal) || folded.StartsWith("dia diem", StringComparison.Ordinal))
            {
                current = places;
            }
            else if (folded.StartsWith("co quan thuc hien", StringComparison.Ordinal))
            {
                current = agency;
            }
            else if (folded.StartsWith("co quan co tham quyen", StringComparison.Ordinal))
            {
                current = deciding;
            }
            else
            {
                var text = line.Text.TrimStart('+', '-', ' ');
                if (line.Text.StartsWith('+') || current is null || current.Count == 0)
                {
                    (current ?? places).Add(text);
                }
                else
                {
                    current[^1] += " " + text;
                }

                continue;
            }

            if (rest.Length > 0)
            {
                current?.Add(rest);
            }
        }

        if (places.Count > 0)
        {
            draft.Place = string.Join("; ", places.Select(p => p.TrimEnd(';', '.', ' ')));
        }

        if (agency.Count > 0)
        {
            draft.Agency ??= string.Join(" ", agency).Trim();
        }

        draft.OneStop |= MentionsOneStop(VietnameseText.Fold(string.Join(' ', cell.Select(l => l.Text))));
    }

    public static void ReadTime(Draft draft, List<Line> cell)
    {
        var joined = new Joined(cell);
        var matches = Days().Matches(joined.Folded);
        if (matches.Count == 0)
        {
            draft.Flag("content.processingDays", cell[0], $"Không đọc được số ngày của thời hạn giải quyết \"{Shorten(joined.Text)}\": nhập số ngày.");
            return;
        }

        var values = matches.Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).ToList();
        draft.Days = values[0];
        draft.WorkingDays = matches[0].Groups["working"].Success;
        if (values.Distinct().Count() > 1)
        {
            var cases = string.Join("; ", matches.Select(m => m.Value));
            draft.Flag("content.processingDays", joined.LineAt(matches[1].Index),
                $"Thời hạn giải quyết có nhiều trường hợp ({cases}); đã ghi {values[0]:00} ngày của trường hợp đầu: kiểm tra số ngày theo dõi hoặc chấp nhận.");
        }
    }

    public static void ReadFees(Draft draft, List<Line> cell)
    {
        var text = string.Join(' ', cell.Select(l => l.Text)).Trim().TrimEnd(',', ';', '.');
        var folded = VietnameseText.Fold(text);
        var amounts = Amount().Matches(text);
        if (amounts.Count > 0)
        {
            draft.Fees = [.. amounts.Select(a => new Fee(FeeName(text, a.Index), long.Parse(Digits().Replace(a.Groups["amount"].Value, ""), CultureInfo.InvariantCulture), null))];
        }
        else if (folded.StartsWith("khong", StringComparison.Ordinal) || folded.StartsWith("mien", StringComparison.Ordinal))
        {
            draft.Fees = [];
        }
        else
        {
            draft.Fees = [];
            draft.Flag("content.fees", cell[0], $"Phí, lệ phí không nêu số tiền (\"{Shorten(text)}\"): nhập mức thu theo nghị quyết của HĐND tỉnh hoặc chấp nhận để trống.");
        }
    }

    private static string FeeName(string text, int at)
    {
        var before = text[..at];
        var start = Math.Max(before.LastIndexOf(';'), Math.Max(before.LastIndexOf('-'), before.LastIndexOf('+'))) + 1;
        var name = before[start..].Trim().TrimEnd(':').Trim();
        return name.Length is > 0 and < 200 ? name : "Phí, lệ phí";
    }

    public static List<string> Entries(List<Line> content)
    {
        var entries = new List<string>();
        foreach (var line in content)
        {
            var text = line.Text.Trim();
            if (entries.Count == 0 || text.StartsWith('-') || text.StartsWith('+') || text.StartsWith('•') || line.Folded.StartsWith("buoc", StringComparison.Ordinal)
                || ListNumber().IsMatch(text))
            {
                entries.Add(text.TrimStart('-', '+', '•', ' '));
            }
            else
            {
                entries[^1] += " " + text;
            }
        }

        return entries.Where(e => e.Length > 0).ToList();
    }

    public static List<DossierComponent> Dossier(List<Line> content)
    {
        var components = new List<DossierComponent>();
        foreach (var entry in Entries(content))
        {
            var folded = VietnameseText.Fold(entry);
            if (folded.StartsWith("thanh phan", StringComparison.Ordinal) || folded.StartsWith("so luong", StringComparison.Ordinal))
            {
                continue;
            }

            var originals = Copies(folded, "ban chinh");
            var copies = Copies(folded, "ban sao");
            var template = FormTemplate().Match(entry);
            components.Add(new DossierComponent(entry.TrimEnd(';', '.'), originals, copies, !folded.Contains("neu co", StringComparison.Ordinal), template.Success ? template.Value.TrimEnd(')', ';', '.', ',') : null));
        }

        return components;
    }

    private static int Copies(string folded, string what)
    {
        var match = Regex.Match(folded, @"(\d+)\s*" + what);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : folded.Contains(what, StringComparison.Ordinal) ? 1 : 0;
    }

    public static List<LegalBasis> LegalBases(List<Line> content)
    {
        var bases = new List<LegalBasis>();
        foreach (var entry in Entries(content))
        {
            var number = LegalNumber().Match(entry);
            var folded = VietnameseText.Fold(entry);
            var date = NumericDate().Match(folded);
            var issuer = LegalIssuer().Match(entry);
            bases.Add(new LegalBasis(
                number.Success ? Spaces().Replace(number.Value, "").Replace("-", "-") : "",
                date.Success ? DateOf(date.Groups["d"].Value, date.Groups["m"].Value, date.Groups["y"].Value) : null,
                issuer.Success ? issuer.Groups["issuer"].Value.Trim() : "",
                entry.TrimEnd(';', '.')));
        }

        return bases;
    }

}
