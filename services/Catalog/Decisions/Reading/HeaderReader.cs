using System.Globalization;
using VanPhong.Catalog.Model;
using VanPhong.Text;
using static VanPhong.Catalog.Decisions.Reading.DecisionPatterns;
using static VanPhong.Catalog.Decisions.Reading.DecisionText;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>
/// The decision's own text before its appendix: "Số: …", the place and date line, the title under "QUYẾT ĐỊNH", the issuer,
/// the articles (what Điều 1 publishes, the effective date, the internal procedure deadline) and the signature block.
/// </summary>
internal sealed class HeaderReader(List<Line> lines, DecisionFlags flags)
{
    public string? Number { get; private set; }

    public DateOnly? Date { get; private set; }

    public string? Signer { get; private set; }

    public string? Issuer { get; private set; }

    public DateOnly? EffectiveDate { get; private set; }

    public string? Title { get; private set; }

    /// <summary>The sector the title names ("… lĩnh vực Tư pháp thuộc …"), for the procedures whose list names none.</summary>
    public string? TitleSector { get; private set; }

    /// <summary>The kinds of change Điều 1 publishes, to check each list's heading against.</summary>
    public HashSet<ChangeKind> Article1Kinds { get; private set; } = [];

    public Line? Article1Line { get; private set; }

    /// <summary>Reads the header; returns where the appendix may begin.</summary>
    public int Read()
    {
        var start = lines.FindIndex(l => NumberLine().IsMatch(l.Folded));
        if (start < 0)
        {
            start = 0;
            flags.Add("number", null, "Không tìm thấy dòng \"Số: …/QĐ-…\" của quyết định: nhập số quyết định.");
        }
        else
        {
            ReadNumber(lines[start]);
        }

        ReadDate(start);
        var articlesAt = ReadTitleAndIssuer(start);
        var articles = Articles(articlesAt, out var articlesEnd);
        ReadArticles(articles);
        return ReadSignature(articlesEnd);
    }

    private void ReadNumber(Line line)
    {
        var value = line.Text[(line.Text.IndexOfAny([':', '：']) + 1)..].Replace(" ", "");
        if (DecisionNumber().IsMatch(value))
        {
            Number = value;
        }
        else
        {
            flags.Add("number", line, $"Số quyết định \"{value}\" không đọc được hoặc để trống: nhập số quyết định.");
        }
    }

    private void ReadDate(int start)
    {
        foreach (var line in lines.Skip(start).Take(8))
        {
            var match = DateLine().Match(line.Folded);
            if (!match.Success)
            {
                continue;
            }

            Date = DateOf(match.Groups["d"].Value, match.Groups["m"].Value, match.Groups["y"].Value);
            if (Date is null)
            {
                flags.Add("date", line, $"Ngày ban hành \"{line.Text}\" không phải ngày hợp lệ: nhập ngày ban hành.");
            }

            return;
        }

        flags.Add("date", lines.ElementAtOrDefault(start), "Không tìm thấy dòng \"…, ngày … tháng … năm …\" của quyết định: nhập ngày ban hành.");
    }


    /// <summary>The title under "QUYẾT ĐỊNH", the issuer's line after it; returns where the articles begin.</summary>
    private int ReadTitleAndIssuer(int start)
    {
        var heading = lines.FindIndex(start, l => l.Folded == "quyet dinh");
        if (heading < 0)
        {
            flags.Add("title", null, "Không tìm thấy tiêu đề \"QUYẾT ĐỊNH\" và trích yếu của quyết định.");
            flags.Add("issuer", null, "Không tìm thấy thẩm quyền ban hành (\"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …\").");
            return start;
        }

        var title = new List<Line>();
        var i = heading + 1;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IssuerLine().IsMatch(line.Folded) || line.Folded.StartsWith("can cu", StringComparison.Ordinal) || line.Folded.StartsWith("quyet dinh:", StringComparison.Ordinal)
                || ArticleLine().IsMatch(line.Folded))
            {
                break;
            }

            if (line.Text.Length > 0 && !line.IsBar)
            {
                title.Add(line);
            }
        }

        if (title.Count > 0)
        {
            Title = string.Join(' ', title.Select(l => l.Text));
            var sector = TitleSector().Match(VietnameseText.Fold(Title));
            if (sector.Success)
            {
                TitleSector = SentenceCase(Title.Substring(sector.Groups["sector"].Index, sector.Groups["sector"].Length));
            }
        }
        else
        {
            flags.Add("title", lines[heading], "Không đọc được trích yếu của quyết định.");
        }

        if (i < lines.Count && IssuerLine().Match(lines[i].Folded) is { Success: true } issuer)
        {
            var kind = issuer.Groups["kind"].Value == "tinh" ? "tỉnh" : "thành phố";
            Issuer = $"Chủ tịch UBND {kind} {TitleCase(lines[i].Text.Substring(issuer.Groups["place"].Index))}";
            i++;
        }
        else
        {
            flags.Add("issuer", lines.ElementAtOrDefault(i), "Không tìm thấy thẩm quyền ban hành (\"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …\"): nhập người có thẩm quyền.");
        }

        return i;
    }


    /// <summary>"Điều 1." … up to the signature block or the appendix, each with its lines.</summary>
    private List<(int Number, List<Line> Lines)> Articles(int from, out int end)
    {
        var articles = new List<(int, List<Line>)>();
        end = from;
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i];
            if (ArticleLine().Match(line.Folded) is { Success: true } article)
            {
                articles.Add((int.Parse(article.Groups["n"].Value, CultureInfo.InvariantCulture), [line]));
            }
            else if (articles.Count > 0 && (line.IsBar || SignatureLine().IsMatch(line.Folded) || line.Folded.StartsWith("noi nhan", StringComparison.Ordinal)
                || line.Folded.StartsWith("phu luc", StringComparison.Ordinal) || PartLine().IsMatch(line.Folded)))
            {
                end = i;
                return articles;
            }
            else if (articles.Count > 0)
            {
                articles[^1].Item2.Add(line);
            }

            end = i + 1;
        }

        return articles;
    }

    private void ReadArticles(List<(int Number, List<Line> Lines)> articles)
    {
        if (articles.Count == 0)
        {
            flags.Add("effectiveDate", null, "Không tìm thấy các Điều của quyết định: nhập ngày có hiệu lực.");
            return;
        }

        var first = articles.FirstOrDefault(a => a.Number == 1);
        if (first.Lines is not null)
        {
            var text = new Joined(first.Lines);
            Article1Line = first.Lines[0];
            Article1Kinds = KindsIn(text.Folded);
        }

        foreach (var (number, articleLines) in articles.Where(a => a.Number > 1))
        {
            var text = new Joined(articleLines);
            ReadEffect(text);
            if (text.Folded.Contains("quy trinh noi bo", StringComparison.Ordinal) && InternalDeadline().Match(text.Folded) is { Success: true } deadline)
            {
                var days = int.Parse(deadline.Groups["days"].Value, CultureInfo.InvariantCulture);
                if (days != DecisionReader.PlanInternalProcedureDays)
                {
                    flags.Add("internalProcedureDeadline", text.LineAt(deadline.Index),
                        $"Điều {number} giao xây dựng quy trình nội bộ, quy trình điện tử trong {days:00} ngày làm việc, khác thời hạn {DecisionReader.PlanInternalProcedureDays} ngày làm việc "
                        + "của kế hoạch (III.6) mà hệ thống theo dõi: chấp nhận để ghi nhận, và đôn đốc theo thời hạn của quyết định nếu ngắn hơn.");
                }
            }
        }

        if (EffectiveDate is null)
        {
            flags.Add("effectiveDate", articles[^1].Lines[0], "Không tìm thấy ngày có hiệu lực (\"có hiệu lực kể từ ngày …\"): nhập ngày có hiệu lực.");
        }
    }

    private void ReadEffect(Joined text)
    {
        if (EffectiveDate is not null || !text.Folded.Contains("hieu luc", StringComparison.Ordinal))
        {
            return;
        }

        if (EffectNumeric().Match(text.Folded) is { Success: true } numeric)
        {
            SetEffective(DateOf(numeric.Groups["d"].Value, numeric.Groups["m"].Value, numeric.Groups["y"].Value), text.LineAt(numeric.Index));
        }
        else if (EffectWords().Match(text.Folded) is { Success: true } words)
        {
            SetEffective(DateOf(words.Groups["d"].Value, words.Groups["m"].Value, words.Groups["y"].Value), text.LineAt(words.Index));
        }
        else if (EffectOnSigning().Match(text.Folded) is { Success: true } signing)
        {
            if (Date is null)
            {
                flags.Add("effectiveDate", text.LineAt(signing.Index), "Quyết định có hiệu lực kể từ ngày ký nhưng không đọc được ngày ký: nhập ngày có hiệu lực.");
            }

            EffectiveDate = Date;
        }
    }

    private void SetEffective(DateOnly? date, Line? line)
    {
        if (date is null)
        {
            flags.Add("effectiveDate", line, "Ngày có hiệu lực không phải ngày hợp lệ: nhập ngày có hiệu lực.");
            return;
        }

        EffectiveDate = date;
        if (Date is { } issued && date < issued)
        {
            flags.Add("effectiveDate", line, $"Ngày có hiệu lực {date:dd/MM/yyyy} trước ngày ban hành {issued:dd/MM/yyyy}: kiểm tra với bản gốc và nhập ngày có hiệu lực đúng.");
        }
    }


    /// <summary>The signature block after the articles: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" then the name. Returns where the appendix may begin.</summary>
    private int ReadSignature(int from)
    {
        var block = lines.FindIndex(from, l => SignatureLine().IsMatch(l.Folded));
        if (block < 0)
        {
            flags.Add("signer", lines.ElementAtOrDefault(from), "Không tìm thấy khối chữ ký (\"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\" và họ tên): nhập người ký.");
            return from;
        }

        for (var i = block + 1; i < Math.Min(lines.Count, block + 8); i++)
        {
            var line = lines[i];
            if (line.Text.Length == 0 || line.IsBar || SignatureLine().IsMatch(line.Folded) || line.Folded.Contains("chu tich", StringComparison.Ordinal)
                || line.Folded.StartsWith('(') || line.Folded.Contains("da ky", StringComparison.Ordinal))
            {
                continue;
            }

            if (PersonName().IsMatch(line.Text))
            {
                Signer = line.Text.Any(char.IsLower) ? line.Text : TitleCase(line.Text);
                return i + 1;
            }

            break;
        }

        flags.Add("signer", lines[block], "Không đọc được họ tên người ký dưới khối chữ ký: nhập người ký.");
        return block + 1;
    }

    /// <summary>How many procedures Điều 1 says it publishes ("… 05 thủ tục"), if it says so.</summary>
    public int? Article1Count()
    {
        var article = lines.SkipWhile(l => l != Article1Line).TakeWhile((l, i) => i == 0 || ArticleLine().Match(l.Folded) is not { Success: true }).Take(20);
        var match = ArticleCount().Match(new Joined(article).Folded);
        return match.Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }
}
