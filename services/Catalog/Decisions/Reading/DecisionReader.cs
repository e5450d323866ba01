using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VanPhong.Catalog.Model;
using VanPhong.Contracts;
using VanPhong.Text;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>What was read from a decision document: the header, every listed procedure, and the flags.</summary>
public sealed record DecisionReading(
    string? Number, DateOnly? Date, string? Signer, string? Issuer, DateOnly? EffectiveDate, string? Title,
    IReadOnlyList<DecisionItem> Items, IReadOnlyList<DecisionFlag> Flags)
{
    /// <summary>Whether anything at all made it a publication decision: a number or a listed procedure.</summary>
    public bool LooksLikeADecision => Number is not null || Items.Count > 0;
}

/// <summary>
/// Reads a Quyết định công bố TTHC from its lines: the header (Số, the place and date line, the title, the issuer, the
/// signature block, the article on effect), then the procedures, in either of two layouts — the list of the Bắc Ninh
/// decisions (one table row per procedure: TT | Mã TTHC | Tên TTHC | Cách thức | Địa điểm | Thời hạn | Phí, lệ phí |
/// Căn cứ pháp lý) or the Khánh Hòa layout (Phần I, the lists new / amended / abolished; Phần II, each procedure's
/// content under the TT 02/2017 headings a) to l)). Headings are matched without accents or case. Nothing is guessed:
/// what is missing, unreadable or contradicted elsewhere in the document becomes a <see cref="DecisionFlag"/> with its
/// line. Line numbers count from 1 in the lines given (for a .docx or .pdf, the lines of its extracted text).
/// </summary>
public static partial class DecisionReader
{
    public const int PlanInternalProcedureDays = DecisionApplier.InternalProcedureWorkingDays;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static DecisionReading Read(IReadOnlyList<string> raw)
    {
        var lines = raw.Select((text, i) => new Line(i + 1, Clean(text))).ToList();
        return new Reader(lines).Read();
    }

    /// <summary>A line without markdown emphasis, with one space between words.</summary>
    private static string Clean(string text)
    {
        var t = text.Replace("*", "").Replace("\u00A0", " ").Normalize(NormalizationForm.FormC);
        t = Spaces().Replace(t, " ").Trim().TrimStart('#').Trim();
        return t.Length > 0 && t.All(c => c == '_') ? "" : t;
    }

    /// <summary>A line of the document; <paramref name="Original"/> is the whole line when <paramref name="Text"/> is what follows its label.</summary>
    private sealed record Line(int Number, string Text, string? Original = null)
    {
        public string Folded { get; } = VietnameseText.Fold(Text);

        public bool IsBar => Text == "|";
    }

    /// <summary>Text joined from several lines, able to say which line a position came from.</summary>
    private sealed class Joined
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

    /// <summary>A procedure as it is being read; fields stay null until read.</summary>
    private sealed class Draft
    {
        public ChangeKind? Change;
        public Line? ChangeLine;
        public string? ChangeWhy;
        public string? Code;
        public required Line Origin;
        public string? Name;
        public string? Sector;
        public string? Level;
        public string? Agency;
        public string? Applicants;
        public string? Conditions;
        public bool ConditionsRead;
        public List<string>? Steps;
        public DeliveryMethods? Methods;
        public List<DossierComponent>? Dossier;
        public int? Days;
        public bool WorkingDays;
        public List<Fee>? Fees;
        public string? Result;
        public List<LegalBasis>? Legal;
        public string? OnlineLevel;
        public bool OnlinePayment;
        public bool OneStop;
        public string? Place;
        public bool HasContentBlock;
        public readonly List<(string Field, Line? Line, string Message)> Flags = [];

        public void Flag(string field, Line? line, string message) => Flags.Add((field, line, message));
    }

    private sealed class Reader(List<Line> lines)
    {
        private readonly List<DecisionFlag> _flags = [];
        private readonly List<Draft> _listed = [];
        private readonly List<Draft> _blocks = [];
        private string? _number;
        private DateOnly? _date;
        private string? _signer;
        private string? _issuer;
        private DateOnly? _effective;
        private string? _title;
        private string? _titleSector;
        private HashSet<ChangeKind> _article1Kinds = [];
        private Line? _article1Line;

        public DecisionReading Read()
        {
            var start = lines.FindIndex(l => NumberLine().IsMatch(l.Folded));
            if (start < 0)
            {
                start = 0;
                Flag("number", null, "Không tìm thấy dòng \"Số: …/QĐ-…\" của quyết định: nhập số quyết định.");
            }
            else
            {
                ReadNumber(lines[start]);
            }

            ReadDate(start);
            var articlesAt = ReadTitleAndIssuer(start);
            var articles = Articles(articlesAt, out var articlesEnd);
            ReadArticles(articles);
            var appendixAt = ReadSignature(articlesEnd);
            ReadLists(appendixAt);
            var items = Finish();
            return new DecisionReading(_number, _date, _signer, _issuer, _effective, _title, items, _flags);
        }

        private void Flag(string field, Line? line, string message, string? procedure = null) =>
            _flags.Add(new DecisionFlag(_flags.Count + 1, field, procedure, line?.Number, line?.Original ?? line?.Text, message));

        private void ReadNumber(Line line)
        {
            var value = line.Text[(line.Text.IndexOfAny([':', '：']) + 1)..].Replace(" ", "");
            if (DecisionNumber().IsMatch(value))
            {
                _number = value;
            }
            else
            {
                Flag("number", line, $"Số quyết định \"{value}\" không đọc được hoặc để trống: nhập số quyết định.");
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

                _date = DateOf(match.Groups["d"].Value, match.Groups["m"].Value, match.Groups["y"].Value);
                if (_date is null)
                {
                    Flag("date", line, $"Ngày ban hành \"{line.Text}\" không phải ngày hợp lệ: nhập ngày ban hành.");
                }

                return;
            }

            Flag("date", lines.ElementAtOrDefault(start), "Không tìm thấy dòng \"…, ngày … tháng … năm …\" của quyết định: nhập ngày ban hành.");
        }

        /// <summary>The title under "QUYẾT ĐỊNH", the issuer's line after it; returns where the articles begin.</summary>
        private int ReadTitleAndIssuer(int start)
        {
            var heading = lines.FindIndex(start, l => l.Folded == "quyet dinh");
            if (heading < 0)
            {
                Flag("title", null, "Không tìm thấy tiêu đề \"QUYẾT ĐỊNH\" và trích yếu của quyết định.");
                Flag("issuer", null, "Không tìm thấy thẩm quyền ban hành (\"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …\").");
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
                _title = string.Join(' ', title.Select(l => l.Text));
                var sector = TitleSector().Match(VietnameseText.Fold(_title));
                if (sector.Success)
                {
                    _titleSector = SentenceCase(_title.Substring(sector.Groups["sector"].Index, sector.Groups["sector"].Length));
                }
            }
            else
            {
                Flag("title", lines[heading], "Không đọc được trích yếu của quyết định.");
            }

            if (i < lines.Count && IssuerLine().Match(lines[i].Folded) is { Success: true } issuer)
            {
                var kind = issuer.Groups["kind"].Value == "tinh" ? "tỉnh" : "thành phố";
                _issuer = $"Chủ tịch UBND {kind} {TitleCase(lines[i].Text.Substring(issuer.Groups["place"].Index))}";
                i++;
            }
            else
            {
                Flag("issuer", lines.ElementAtOrDefault(i), "Không tìm thấy thẩm quyền ban hành (\"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …\"): nhập người có thẩm quyền.");
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
                Flag("effectiveDate", null, "Không tìm thấy các Điều của quyết định: nhập ngày có hiệu lực.");
                return;
            }

            var first = articles.FirstOrDefault(a => a.Number == 1);
            if (first.Lines is not null)
            {
                var text = new Joined(first.Lines);
                _article1Line = first.Lines[0];
                _article1Kinds = KindsIn(text.Folded);
            }

            foreach (var (number, articleLines) in articles.Where(a => a.Number > 1))
            {
                var text = new Joined(articleLines);
                ReadEffect(text);
                if (text.Folded.Contains("quy trinh noi bo", StringComparison.Ordinal) && InternalDeadline().Match(text.Folded) is { Success: true } deadline)
                {
                    var days = int.Parse(deadline.Groups["days"].Value, CultureInfo.InvariantCulture);
                    if (days != PlanInternalProcedureDays)
                    {
                        Flag("internalProcedureDeadline", text.LineAt(deadline.Index),
                            $"Điều {number} giao xây dựng quy trình nội bộ, quy trình điện tử trong {days:00} ngày làm việc, khác thời hạn {PlanInternalProcedureDays} ngày làm việc "
                            + "của kế hoạch (III.6) mà hệ thống theo dõi: chấp nhận để ghi nhận, và đôn đốc theo thời hạn của quyết định nếu ngắn hơn.");
                    }
                }
            }

            if (_effective is null)
            {
                Flag("effectiveDate", articles[^1].Lines[0], "Không tìm thấy ngày có hiệu lực (\"có hiệu lực kể từ ngày …\"): nhập ngày có hiệu lực.");
            }
        }

        private void ReadEffect(Joined text)
        {
            if (_effective is not null || !text.Folded.Contains("hieu luc", StringComparison.Ordinal))
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
                if (_date is null)
                {
                    Flag("effectiveDate", text.LineAt(signing.Index), "Quyết định có hiệu lực kể từ ngày ký nhưng không đọc được ngày ký: nhập ngày có hiệu lực.");
                }

                _effective = _date;
            }
        }

        private void SetEffective(DateOnly? date, Line? line)
        {
            if (date is null)
            {
                Flag("effectiveDate", line, "Ngày có hiệu lực không phải ngày hợp lệ: nhập ngày có hiệu lực.");
                return;
            }

            _effective = date;
            if (_date is { } issued && date < issued)
            {
                Flag("effectiveDate", line, $"Ngày có hiệu lực {date:dd/MM/yyyy} trước ngày ban hành {issued:dd/MM/yyyy}: kiểm tra với bản gốc và nhập ngày có hiệu lực đúng.");
            }
        }

        /// <summary>The signature block after the articles: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" then the name. Returns where the appendix may begin.</summary>
        private int ReadSignature(int from)
        {
            var block = lines.FindIndex(from, l => SignatureLine().IsMatch(l.Folded));
            if (block < 0)
            {
                Flag("signer", lines.ElementAtOrDefault(from), "Không tìm thấy khối chữ ký (\"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\" và họ tên): nhập người ký.");
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
                    _signer = line.Text.Any(char.IsLower) ? line.Text : TitleCase(line.Text);
                    return i + 1;
                }

                break;
            }

            Flag("signer", lines[block], "Không đọc được họ tên người ký dưới khối chữ ký: nhập người ký.");
            return block + 1;
        }

        private void ReadLists(int from)
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
                    i = ReadBlock(i, block, kind, kindLine, sector) - 1;
                }
            }
        }

        private static ChangeKind? Heading(Line line, Line? next)
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
                Flag("appendix", line, "Phụ lục ghi \"Kèm theo Quyết định số …\" để trống số hoặc ngày: kiểm tra phụ lục đúng là của quyết định này rồi chấp nhận.");
            }
            else if (_number is not null && !VietnameseText.Fold(_number).StartsWith(match.Groups["no"].Value + "/", StringComparison.Ordinal))
            {
                Flag("appendix", line, $"Phụ lục ghi kèm theo Quyết định số {match.Groups["no"].Value}, khác số quyết định {_number}: kiểm tra phụ lục.");
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
                ReadMethods(draft, methods);
            }

            if (cell("online") is { Count: > 0 } online)
            {
                ReadOnlineLevel(draft, online);
            }

            if (cell("place") is { Count: > 0 } place)
            {
                ReadPlace(draft, place);
            }

            if (cell("time") is { Count: > 0 } time)
            {
                ReadTime(draft, time);
            }

            if (cell("fees") is { Count: > 0 } fees)
            {
                ReadFees(draft, fees);
            }

            if (cell("legal") is { Count: > 0 } legal)
            {
                draft.Legal = LegalBases(legal);
            }

            _listed.Add(draft);
        }

        private void SetKind(Draft draft, ChangeKind? kind, Line? kindLine)
        {
            if (kind is { } listed)
            {
                draft.Change = listed;
                draft.ChangeLine = kindLine;
                if (_article1Kinds.Count > 0 && !_article1Kinds.Contains(listed))
                {
                    draft.ChangeWhy = $"Điều 1 công bố thủ tục {string.Join(", ", _article1Kinds.Select(KindName))} nhưng thủ tục này nằm trong danh mục "
                        + $"\"{KindName(listed)}\": kiểm tra và chọn đúng loại thay đổi (mới ban hành, sửa đổi, bãi bỏ).";
                }
            }
            else if (_article1Kinds.Count == 1)
            {
                draft.Change = _article1Kinds.Single();
                draft.ChangeLine = _article1Line;
            }
            else
            {
                draft.Change = ChangeKind.New;
                draft.ChangeLine = _article1Line;
                draft.ChangeWhy = "Không xác định được thủ tục này mới ban hành, sửa đổi hay bãi bỏ (danh mục không có tiêu đề rõ ràng): chọn loại thay đổi.";
            }
        }

        /// <summary>"1. Thủ tục …" in Phần II, then its fields a) … l) up to the next procedure or section.</summary>
        private int ReadBlock(int at, Match heading, ChangeKind? kind, Line? kindLine, string? sector)
        {
            var draft = new Draft { Origin = lines[at], Sector = sector, HasContentBlock = true };
            SetKind(draft, kind, kindLine);
            var nameLines = new List<Line> { lines[at] with { Text = heading.Groups["name"].Value } };
            var fields = new List<(string Field, Line Label, List<Line> Lines)>();
            var i = at + 1;
            for (; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.IsBar || PartLine().IsMatch(line.Folded) || Heading(line, lines.ElementAtOrDefault(i + 1)) is not null
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

            _blocks.Add(draft);
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

        private void ReadField(Draft draft, string field, Line label, List<Line> content)
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
                    draft.Steps = Entries(content);
                    break;
                case "methods":
                    ReadMethods(draft, content);
                    break;
                case "dossier":
                    draft.Dossier = Dossier(content);
                    if (draft.Dossier.Count == 0)
                    {
                        draft.Flag("content.dossier", label, "Không đọc được giấy tờ nào trong thành phần hồ sơ: nhập thành phần hồ sơ.");
                    }

                    break;
                case "time":
                    ReadTime(draft, content);
                    break;
                case "applicants":
                    draft.Applicants = text;
                    break;
                case "agency":
                    draft.Agency = text;
                    draft.OneStop |= MentionsOneStop(VietnameseText.Fold(text));
                    break;
                case "result":
                    draft.Result = text;
                    break;
                case "fees":
                    ReadFees(draft, content);
                    break;
                case "conditions":
                    draft.ConditionsRead = true;
                    draft.Conditions = VietnameseText.Fold(text).StartsWith("khong", StringComparison.Ordinal) ? null : text;
                    break;
                case "legal":
                    draft.Legal = LegalBases(content);
                    break;
                case "place":
                    ReadPlace(draft, content);
                    break;
                case "online":
                    ReadOnlineLevel(draft, content);
                    break;
            }
        }

        private static void ReadMethods(Draft draft, List<Line> cell)
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

        private static void ReadOnlineLevel(Draft draft, List<Line> cell)
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

        private static bool MentionsOneStop(string folded) =>
            folded.Contains("mot cua", StringComparison.Ordinal) || folded.Contains("phuc vu hanh chinh cong", StringComparison.Ordinal);

        /// <summary>"Địa điểm thực hiện" of the list layout: the places of receipt, the implementing and the deciding agency, each after its label.</summary>
        private static void ReadPlace(Draft draft, List<Line> cell)
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

        private static void ReadTime(Draft draft, List<Line> cell)
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

        private static void ReadFees(Draft draft, List<Line> cell)
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

        private static List<string> Entries(List<Line> content)
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

        private static List<DossierComponent> Dossier(List<Line> content)
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

        private static List<LegalBasis> LegalBases(List<Line> content)
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

        /// <summary>Matches Phần II blocks to the Phần I rows, checks what both say, and flags what neither gave.</summary>
        private List<DecisionItem> Finish()
        {
            var drafts = _listed.ToList();
            var unmatched = _listed.Where(d => d.Change != ChangeKind.Abolished).ToList();
            foreach (var block in _blocks)
            {
                var row = unmatched.FirstOrDefault(r => block.Code is not null && r.Code == block.Code)
                    ?? unmatched.FirstOrDefault(r => SameName(r.Name, block.Name))
                    ?? unmatched.FirstOrDefault(r => r.Change == block.Change);
                if (row is null)
                {
                    if (block.Code is null)
                    {
                        block.Flag("code", block.Origin, $"Thủ tục \"{Shorten(block.Name ?? "")}\" ở Phần II không có trong danh mục Phần I và không ghi mã: nhập mã thủ tục.");
                    }

                    drafts.Add(block);
                    continue;
                }

                unmatched.Remove(row);
                Merge(row, block);
            }

            if (_article1Line is not null && Article1Count() is { } count && count != drafts.Count)
            {
                Flag("items", _article1Line, $"Điều 1 nêu {count:00} thủ tục nhưng đọc được {drafts.Count:00} thủ tục trong danh mục: kiểm tra danh mục.");
            }

            var items = new List<DecisionItem>();
            foreach (var (draft, index) in drafts.Select((d, i) => (d, i)))
            {
                items.Add(ItemOf(draft, index));
            }

            return items;
        }

        private int? Article1Count()
        {
            var article = lines.SkipWhile(l => l != _article1Line).TakeWhile((l, i) => i == 0 || ArticleLine().Match(l.Folded) is not { Success: true }).Take(20);
            var match = ArticleCount().Match(new Joined(article).Folded);
            return match.Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
        }

        private static void Merge(Draft row, Draft block)
        {
            if (block.Name is not null && row.Name is not null && !SameName(row.Name, block.Name))
            {
                row.Flag("content.name", block.Origin, $"Tên thủ tục ở Phần II (\"{Shorten(block.Name)}\") khác tên trong danh mục Phần I (\"{Shorten(row.Name)}\"): kiểm tra tên.");
            }

            if (block.Code is not null && row.Code is not null && block.Code != row.Code)
            {
                row.Flag("code", block.Origin, $"Mã thủ tục ở Phần II ({block.Code}) khác mã trong danh mục Phần I ({row.Code}): kiểm tra mã.");
            }

            row.Name ??= block.Name;
            row.Code ??= block.Code;
            row.Sector ??= block.Sector;
            row.Level ??= block.Level;
            row.Agency = block.Agency ?? row.Agency;
            row.Applicants = block.Applicants ?? row.Applicants;
            row.Conditions = block.ConditionsRead ? block.Conditions : row.Conditions;
            row.ConditionsRead |= block.ConditionsRead;
            row.Steps = block.Steps ?? row.Steps;
            row.Methods = block.Methods ?? row.Methods;
            row.Dossier = block.Dossier ?? row.Dossier;
            if (block.Days is not null)
            {
                (row.Days, row.WorkingDays) = (block.Days, block.WorkingDays);
            }

            row.Fees = block.Fees ?? row.Fees;
            row.Result = block.Result ?? row.Result;
            row.Legal = block.Legal ?? row.Legal;
            row.OnlineLevel = block.OnlineLevel ?? row.OnlineLevel;
            row.OnlinePayment |= block.OnlinePayment;
            row.OneStop |= block.OneStop;
            row.Place ??= block.Place;
            row.HasContentBlock = true;
            row.Flags.AddRange(block.Flags);
        }

        private DecisionItem ItemOf(Draft draft, int index)
        {
            var at = $"items[{index}]";
            var procedure = draft.Code ?? $"#{index + 1}";
            foreach (var (field, line, message) in draft.Flags)
            {
                Flag($"{at}.{field}", line, message, procedure);
            }

            if (draft.ChangeWhy is not null)
            {
                Flag($"{at}.change", draft.ChangeLine, draft.ChangeWhy, procedure);
            }

            if (draft.Code is null && draft.Flags.All(f => f.Field != "code"))
            {
                Flag($"{at}.code", draft.Origin, "Không đọc được mã thủ tục: nhập mã.", procedure);
            }

            if (draft.Change == ChangeKind.Abolished)
            {
                return new DecisionItem(ChangeKind.Abolished, draft.Code ?? "", null);
            }

            var flagged = draft.Flags.Select(f => f.Field).ToHashSet();
            void Missing(string field, bool missing, string label)
            {
                if (missing && !flagged.Contains($"content.{field}"))
                {
                    var where = draft.HasContentBlock ? "nội dung cụ thể của thủ tục" : "danh mục (quyết định không kèm nội dung cụ thể từng thủ tục)";
                    Flag($"{at}.content.{field}", draft.Origin, $"Không có \"{label}\" trong {where}: nhập theo Cơ sở dữ liệu quốc gia hoặc chấp nhận để trống.", procedure);
                }
            }

            var sector = draft.Sector ?? _titleSector;
            Missing("name", draft.Name is null, "Tên thủ tục");
            Missing("sector", sector is null, "Lĩnh vực");
            Missing("steps", draft.Steps is null, "Trình tự thực hiện");
            Missing("methods", draft.Methods is null, "Cách thức thực hiện");
            Missing("dossier", draft.Dossier is null, "Thành phần, số lượng hồ sơ");
            Missing("processingDays", draft.Days is null, "Thời hạn giải quyết");
            Missing("applicants", draft.Applicants is null, "Đối tượng thực hiện");
            Missing("implementingAgency", draft.Agency is null, "Cơ quan thực hiện");
            Missing("result", draft.Result is null, "Kết quả thực hiện");
            Missing("fees", draft.Fees is null, "Phí, lệ phí");
            Missing("legalBases", draft.Legal is null, "Căn cứ pháp lý");
            Missing("onlineLevel", draft.OnlineLevel is null, draft.Methods?.Online == true
                ? "Mức độ dịch vụ công trực tuyến (quyết định nêu nộp trực tuyến nhưng không nêu toàn trình hay một phần)"
                : "Mức độ dịch vụ công trực tuyến");
            Missing("place", draft.Place is null, "Địa điểm thực hiện");

            var methods = draft.Methods ?? new DeliveryMethods(false, false, false);
            var content = new ProcedureContent(
                draft.Name ?? "", null, sector ?? "", draft.Level ?? "", draft.Agency ?? "", draft.Applicants ?? "", draft.Conditions,
                draft.Steps ?? [], methods, draft.Dossier ?? [], draft.Days ?? 0, draft.WorkingDays, draft.Fees ?? [], null, draft.Result ?? "",
                draft.Legal ?? [], draft.OnlineLevel ?? "", methods.Postal, draft.OnlinePayment, draft.OneStop, draft.Place ?? "");
            return new DecisionItem(draft.Change ?? ChangeKind.New, draft.Code ?? "", content);
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

    private static HashSet<ChangeKind> KindsIn(string folded)
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

    private static string KindName(ChangeKind kind) => kind switch
    {
        ChangeKind.New => "mới ban hành",
        ChangeKind.Amended => "sửa đổi, bổ sung",
        _ => "bị bãi bỏ",
    };

    private static bool SameName(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        static string Key(string s) => NonLetters().Replace(VietnameseText.Fold(s).Replace("thu tuc", ""), "");
        return Key(a) == Key(b);
    }

    private static DateOnly? DateOf(string day, string month, string year) =>
        int.TryParse(day, out var d) && int.TryParse(month, out var m) && int.TryParse(year, out var y) && y is >= 1990 and <= 2100 && m is >= 1 and <= 12
            && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    private static string TitleCase(string text) => Vietnamese.TextInfo.ToTitleCase(text.Trim().ToLower(Vietnamese));

    private static string SentenceCase(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Any(char.IsLower))
        {
            return trimmed;
        }

        var lower = trimmed.ToLower(Vietnamese);
        return lower.Length == 0 ? lower : char.ToUpper(lower[0], Vietnamese) + lower[1..];
    }

    private static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^so\s*[:：]")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^\d+/[\p{L}\d\-]+$")]
    private static partial Regex DecisionNumber();

    [GeneratedRegex(@",\s*ngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})\s+nam\s+(?<y>\d{4})")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^chu tich (uy ban nhan dan|ubnd) (?<kind>tinh|thanh pho)\s+(?<place>.+)$")]
    private static partial Regex IssuerLine();

    [GeneratedRegex(@"linh vuc\s+(?<sector>.+?)\s+(thuoc|cua|tai|tren)\b")]
    private static partial Regex TitleSector();

    [GeneratedRegex(@"^dieu\s+(?<n>\d+)\s*[.:]")]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"^((kt|tm|q|tl)\.?\s*(chu tich|uy ban nhan dan|ubnd)|chu tich)$")]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"^phan\s+(?<n>ii|i|1|2)\b")]
    private static partial Regex PartLine();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{Lu}]*(\s+\p{Lu}[\p{Ll}\p{Lu}]*){1,4}$")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"hieu luc\s+(thi hanh\s+)?(ke\s+)?tu\s+ngay\s+(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4})")]
    private static partial Regex EffectNumeric();

    [GeneratedRegex(@"hieu luc\s+(thi hanh\s+)?(ke\s+)?tu\s+ngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})\s+nam\s+(?<y>\d{4})")]
    private static partial Regex EffectWords();

    [GeneratedRegex(@"hieu luc\s+(thi hanh\s+)?(ke\s+)?tu\s+ngay\s+(ky|ban hanh)")]
    private static partial Regex EffectOnSigning();

    [GeneratedRegex(@"(thoi han|cham nhat)[^.;]*?(?<days>\d+)\s*ngay lam viec")]
    private static partial Regex InternalDeadline();

    [GeneratedRegex(@"^([a-z]|[ivx]+|\d+)\s*[.)]\s*")]
    private static partial Regex HeadingPrefix();

    [GeneratedRegex(@"^(([a-z]|[ivx]+|\d+)\s*[.)]\s*)?linh vuc\s*[:\-]?\s*(?<sector>\S.*)$")]
    private static partial Regex SectorHeading();

    [GeneratedRegex(@"kem theo quyet dinh so\s*(?<no>\d*)\s*/\S*\s+ngay\s*(?<d>\d*)\s*(/|thang)")]
    private static partial Regex AppendixReference();

    [GeneratedRegex(@"^\d+\s*[.)]\s*(?:th[uủ]\s*t[uụ]c|TTHC)\s*[:\-–]?\s*(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BlockHeading();

    [GeneratedRegex(@"^(?<letter>[a-zđ])\s*[).]\s*(?<label>[^:]*)(:(?<rest>.*))?$")]
    private static partial Regex FieldLabel();

    [GeneratedRegex(ProcedureCodes.Pattern)]
    private static partial Regex CodeIn();

    [GeneratedRegex(@"\(?\s*(mã\s*(số)?\s*(tthc)?\s*[:\-]?\s*)?\d\.\d{6}(\.[A-Z0-9]{2,4})?\s*\)?", RegexOptions.IgnoreCase)]
    private static partial Regex CodeInName();

    [GeneratedRegex(@"(?<n>\d{1,3})\s*ngay(?<working>\s+lam viec)?")]
    private static partial Regex Days();

    [GeneratedRegex(@"(?<amount>\d{1,3}(?:[.\s]\d{3})+|\d+)\s*(đồng|đ\b|VNĐ|VND)", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(\d+|[a-zđ])\s*[.)]\s")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"[Mm]ẫu\s+(số\s+)?[\w/\-.]+")]
    private static partial Regex FormTemplate();

    [GeneratedRegex(@"\d+(?:/\d{4})?/[A-ZĐ][A-ZĐ0-9]*(?:\s*-\s*[A-ZĐ][A-ZĐ0-9]*)*")]
    private static partial Regex LegalNumber();

    [GeneratedRegex(@"ngay\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"của\s+(?<issuer>.+?)\s+(về|quy định|hướng dẫn|sửa đổi|ban hành)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LegalIssuer();

    [GeneratedRegex(@"khong\s+(cung cap|thuc hien|ap dung)\s+(dich vu cong\s+)?truc tuyen")]
    private static partial Regex NotOnline();

    [GeneratedRegex(@"(?<n>\d+)\s*(thu tuc|tthc)")]
    private static partial Regex ArticleCount();

    [GeneratedRegex(@"[^a-z0-9]")]
    private static partial Regex NonLetters();
}
