// Why one file: one pure job — reading the one-stop system's per-dossier export through the operator's column mapping —
// whose cell checks share the row being read and its line numbers for the errors.

using System.Globalization;
using System.Text.RegularExpressions;
using VanPhong.Contracts;
using VanPhong.Documents;
using VanPhong.Reporting.Evaluations;
using VanPhong.Text;

namespace VanPhong.Reporting.Dossiers;

/// <summary>One dossier row of an export, checked on its own (the catalog is checked by the importer).</summary>
public sealed record DossierLine(
    string Code, string ProcedureCode, DossierChannel Channel, DateOnly ReceivedOn, DateOnly DueOn, DateOnly? ReturnedOn, DossierStatus Status,
    string? LateReason, bool Digitised, bool PaidOnline, bool ApologyIssued, string? Unit, DossierEvaluation Evaluation);

/// <summary>
/// Reads the one-stop system's per-dossier export (CSV or .xlsx) through the operator's column mapping: finds the
/// header row (the first row naming the dossier code column), reads every row and checks each cell on its own —
/// the national dossier code (TT 01/2018 Art. 19) with a real date in it, the procedure code, channel, status and
/// yes/no words, dates as dd/MM/yyyy [HH:mm[:ss]], yyyy-MM-dd or an Excel serial, the order of the dates, the
/// evaluation points. Every problem is reported with its line and column; nothing is dropped silently.
/// </summary>
public static partial class DossierExportReader
{
    public const int MaxRows = 50_000;

    public static SpreadsheetLimits FileLimits() => new() { MaxRows = MaxRows + 20, MaxCells = (MaxRows + 20) * 30 };

    public static (List<(int Line, DossierLine Dossier)> Rows, List<RowError> Errors, string Source) Parse(byte[] content, DossierExportOptions options, SpreadsheetLimits? limits = null)
    {
        var (table, errors, source) = TableFile.Read(content, limits ?? FileLimits(),
            "Không đọc được tệp: cần tệp .csv (UTF-8) hoặc .xlsx xuất từ Hệ thống thông tin giải quyết TTHC.");
        return (errors.Count > 0 ? [] : Read(table, options, errors), errors, source);
    }

    public static List<(int Line, DossierLine Dossier)> Read(IReadOnlyList<string[]> table, DossierExportOptions options, List<RowError> errors)
    {
        var codeHeaders = options.HeadersOf(DossierField.Code).Select(Key).ToHashSet();
        var headerIndex = -1;
        for (var i = 0; i < table.Count && i < 50; i++)
        {
            if (table[i].Any(c => codeHeaders.Contains(Key(c))))
            {
                headerIndex = i;
                break;
            }
        }

        if (headerIndex < 0)
        {
            errors.Add(new RowError(0, null,
                $"Không tìm thấy dòng tiêu đề có cột mã hồ sơ ({string.Join(", ", options.HeadersOf(DossierField.Code).Select(h => $"\"{h}\""))}). "
                + "Nếu tệp xuất đặt tên khác, cấu hình Reporting:DossierExport:Columns:Code."));
            return [];
        }

        var header = table[headerIndex].Select(Key).ToList();
        var columns = new Dictionary<string, int>();
        foreach (var field in DossierExportOptions.DefaultColumns.Keys)
        {
            var index = options.HeadersOf(field).Select(h => header.IndexOf(Key(h))).FirstOrDefault(i => i >= 0, -1);
            if (index >= 0)
            {
                columns[field] = index;
            }
        }

        var missing = DossierField.Required.Where(f => !columns.ContainsKey(f)).Select(f => $"{Label(f, options)} (Reporting:DossierExport:Columns:{f})").ToList();
        if (missing.Count > 0)
        {
            errors.Add(new RowError(headerIndex + 1, null, $"Dòng tiêu đề {headerIndex + 1}: thiếu cột {string.Join("; ", missing)}."));
            return [];
        }

        var channels = Words(options.Channels());
        var statuses = Words(options.Statuses());
        var yes = options.Yes().Select(Key).ToHashSet();
        var no = options.No().Select(Key).ToHashSet();
        var rows = new List<(int, DossierLine)>();
        for (var i = headerIndex + 1; i < table.Count; i++)
        {
            var cells = table[i];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var line = i + 1;
            var before = errors.Count;
            string? Cell(string field) =>
                columns.TryGetValue(field, out var index) && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]) ? VietnameseText.Clean(cells[index]) : null;
            void Error(string field, string message) => errors.Add(new RowError(line, Label(field, options), $"Dòng {line}, cột {Label(field, options)}: {message}"));

            var code = Cell(DossierField.Code)?.ToUpperInvariant();
            if (code is null)
            {
                Error(DossierField.Code, "thiếu mã hồ sơ.");
            }
            else if (!IsDossierCode(code))
            {
                Error(DossierField.Code, $"\"{code}\" không đúng mã số hồ sơ theo Điều 19 Thông tư 01/2018/TT-VPCP (V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX, YYMMDD là ngày tiếp nhận có thật).");
            }

            var procedure = Cell(DossierField.Procedure)?.ToUpperInvariant();
            if (procedure is null || !ProcedureCodes.IsValid(procedure))
            {
                Error(DossierField.Procedure, $"mã TTHC \"{procedure}\" không đúng định dạng (ví dụ 1.009645).");
            }

            DossierChannel? channel = null;
            if (Cell(DossierField.Channel) is not { } channelText || !channels.TryGetValue(Key(channelText), out var c))
            {
                Error(DossierField.Channel, $"hình thức nộp \"{Cell(DossierField.Channel)}\" không rõ (trực tiếp, trực tuyến hoặc bưu chính).");
            }
            else
            {
                channel = (DossierChannel)c;
            }

            DossierStatus? status = null;
            if (Cell(DossierField.Status) is not { } statusText || !statuses.TryGetValue(Key(statusText), out var s))
            {
                Error(DossierField.Status, $"trạng thái \"{Cell(DossierField.Status)}\" không rõ (đang giải quyết, đã trả kết quả, từ chối, rút hồ sơ).");
            }
            else
            {
                status = (DossierStatus)s;
            }

            DateOnly? Date(string field, bool required)
            {
                var text = Cell(field);
                if (text is null)
                {
                    if (required)
                    {
                        Error(field, "thiếu ngày.");
                    }

                    return null;
                }

                if (ParseDate(text) is { } date)
                {
                    return date;
                }

                Error(field, $"\"{text}\" không phải ngày (dd/MM/yyyy, dd/MM/yyyy HH:mm hoặc số ngày của Excel).");
                return null;
            }

            var received = Date(DossierField.Received, true);
            var due = Date(DossierField.Due, true);
            var returned = Date(DossierField.Returned, false);
            if (received is not null && due < received)
            {
                Error(DossierField.Due, $"ngày hẹn trả {due:dd/MM/yyyy} trước ngày tiếp nhận {received:dd/MM/yyyy}.");
            }

            if (received is not null && returned < received)
            {
                Error(DossierField.Returned, $"ngày trả kết quả {returned:dd/MM/yyyy} trước ngày tiếp nhận {received:dd/MM/yyyy}.");
            }

            if (status == DossierStatus.Returned && returned is null && Cell(DossierField.Returned) is null)
            {
                Error(DossierField.Returned, "hồ sơ đã trả kết quả nhưng thiếu ngày trả kết quả.");
            }

            if (status == DossierStatus.InProgress && returned is not null)
            {
                Error(DossierField.Returned, "hồ sơ đang giải quyết không có ngày trả kết quả (để trống cho đến khi trả).");
            }

            bool Flag(string field)
            {
                var text = Cell(field);
                if (text is null || no.Contains(Key(text)))
                {
                    return false;
                }

                if (yes.Contains(Key(text)))
                {
                    return true;
                }

                Error(field, $"\"{text}\" không phải có/không.");
                return false;
            }

            var digitised = Flag(DossierField.Digitised);
            var paidOnline = Flag(DossierField.PaidOnline);
            var apology = Flag(DossierField.Apology);
            var lateReason = Cell(DossierField.LateReason);
            if (lateReason is { Length: > 1000 })
            {
                Error(DossierField.LateReason, "tối đa 1000 ký tự.");
            }

            var unit = Cell(DossierField.Unit);
            if (unit is { Length: > 200 })
            {
                Error(DossierField.Unit, "tối đa 200 ký tự.");
            }

            int? Points(string field)
            {
                var text = Cell(field);
                if (text is null)
                {
                    return null;
                }

                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var points) && points is >= 0 and <= 2)
                {
                    return points;
                }

                Error(field, $"\"{text}\" không phải điểm của chỉ số (0, 1 hoặc 2 theo Điều 13 Thông tư 01/2018/TT-VPCP).");
                return null;
            }

            var evaluation = new DossierEvaluation
            {
                Indicator1 = Points(DossierField.Indicator1), Indicator2 = Points(DossierField.Indicator2), Indicator3 = Points(DossierField.Indicator3),
                Indicator4 = Points(DossierField.Indicator4), Indicator6 = Points(DossierField.Indicator6), Indicator7 = Points(DossierField.Indicator7),
            };
            if (evaluation.Any)
            {
                evaluation.Source = "import";
                if (errors.Count == before && status is not null && due is not null)
                {
                    foreach (var (indicator, message) in EvaluationRules.Check(evaluation, status.Value, returned, due.Value))
                    {
                        Error(indicator == 0 ? DossierField.Indicator1 : $"Indicator{indicator}", message);
                    }
                }
            }

            if (errors.Count == before)
            {
                rows.Add((line, new DossierLine(code!, procedure!, channel!.Value, received!.Value, due!.Value, returned, status!.Value,
                    lateReason, digitised, paidOnline, apology, unit, evaluation)));
            }
        }

        return rows;
    }

    /// <summary>Mã số hồ sơ of TT 01/2018 Art. 19, whose YYMMDD is a real day.</summary>
    public static bool IsDossierCode(string code)
    {
        var match = DossierCodePattern().Match(code);
        return match.Success && DateOnly.TryParseExact(match.Groups["date"].Value, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    /// <summary>A day as the export writes it: dd/MM/yyyy with an optional time, yyyy-MM-dd, or an Excel serial number.</summary>
    public static DateOnly? ParseDate(string text)
    {
        string[] formats = ["d/M/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d-M-yyyy", "d-M-yyyy H:mm", "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];
        if (DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return DateOnly.FromDateTime(value);
        }

        // An Excel serial (days since 30/12/1899, fraction = time of day); the range keeps 2 or 1000 from passing as a date.
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is >= 36526 and < 73051)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        return null;
    }

    /// <summary>Header and word comparison: without case, diacritics or repeated spaces.</summary>
    public static string Key(string? text) => WhiteSpace().Replace(VietnameseText.Fold(text).Trim(), " ");

    private static Dictionary<string, int> Words<T>(IEnumerable<(T Value, string Word)> words) where T : struct, Enum
    {
        var map = new Dictionary<string, int>();
        foreach (var (value, word) in words)
        {
            map.TryAdd(Key(word), Convert.ToInt32(value, CultureInfo.InvariantCulture));
        }

        return map;
    }

    private static string Label(string field, DossierExportOptions options) => options.HeadersOf(field).First();

    [GeneratedRegex(@"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}-(?<date>\d{6})-\d{4}$")]
    private static partial Regex DossierCodePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
