using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VanPhong.Contracts;
using VanPhong.Documents;
using VanPhong.Reporting.Data;

namespace VanPhong.Reporting.Dossiers;

/// <summary>One row of dossier figures as submitted (file or API), before validation.</summary>
public sealed record DossierRow(
    string? ProcedureCode, string? Sector,
    int? ReceivedOnline, int? ReceivedDirect, int? ReceivedPostal, int? CarriedOver,
    int? ResolvedEarly, int? ResolvedOnTime, int? ResolvedLate, int? PendingWithinDeadline, int? PendingOverdue,
    int? DigitisedDossiers, int? DigitisedResults);

/// <summary>What an import did.</summary>
public sealed record ImportResult(Guid ImportId, DateOnly From, DateOnly To, string Source, int Rows, int Added, int Replaced, bool Unchanged);

/// <summary>A row that cannot be imported: its line in the file (or index in the request) and the reason.</summary>
public sealed record RowError(int Row, string? Column, string Message);

/// <summary>
/// Imports dossier statistics for a period: parses CSV or Excel files laid out like the template (or rows sent
/// through the API), checks every row and reports every problem with its row number, then writes all rows in one
/// transaction or none. Importing the same figures again changes nothing; new figures for a (period, procedure)
/// already imported replace the old ones.
/// </summary>
public sealed partial class DossierImporter(ReportingDb db, TimeProvider clock)
{
    /// <summary>The columns of the template, in order: machine names (first header row) and their Vietnamese labels.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Columns =
    [
        ("ma_tthc", "Mã TTHC"),
        ("linh_vuc", "Lĩnh vực (không bắt buộc)"),
        ("truc_tuyen", "Tiếp nhận trong kỳ: trực tuyến"),
        ("truc_tiep", "Tiếp nhận trong kỳ: trực tiếp"),
        ("buu_chinh", "Tiếp nhận trong kỳ: qua dịch vụ bưu chính"),
        ("ky_truoc", "Từ kỳ trước chuyển sang"),
        ("truoc_han", "Đã giải quyết: trước hạn"),
        ("dung_han", "Đã giải quyết: đúng hạn"),
        ("qua_han", "Đã giải quyết: quá hạn"),
        ("dang_trong_han", "Đang giải quyết: trong hạn"),
        ("dang_qua_han", "Đang giải quyết: quá hạn"),
        ("so_hoa_ho_so", "Hồ sơ được số hóa"),
        ("so_hoa_ket_qua", "Kết quả được số hóa"),
    ];

    public const int MaxRows = 20_000;

    /// <summary>What an .xlsx of figures may hold: <see cref="MaxRows"/> rows, with room for the template's title block.</summary>
    public static SpreadsheetLimits FileLimits() => new() { MaxRows = MaxRows + 20 };

    public static byte[] Template() => Spreadsheet.Write(new SheetContent(
        "So lieu ho so",
        [
            "SỐ LIỆU HỒ SƠ TTHC THEO KỲ (Biểu số 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP)",
            "Dòng tiêu đề đầu tiên (ma_tthc, …) giữ nguyên; mỗi dòng sau là một thủ tục; số nguyên không âm.",
            "Đã giải quyết + đang giải quyết = tiếp nhận trong kỳ + từ kỳ trước.",
            string.Join("; ", Columns.Select(c => $"{c.Key}: {c.Label}")),
        ],
        Columns.Select(c => c.Key).ToList(),
        [],
        Columns.Select(_ => 16.0).ToList()));

    /// <summary>
    /// Reads a CSV (comma or semicolon, UTF-8) or .xlsx file into rows; the header row is the one starting with ma_tthc.
    /// A workbook is read within <paramref name="limits"/> (<see cref="FileLimits"/> when null); what breaks one is
    /// told back as it is (a zip bomb, a cell beyond column XFD), anything else unreadable as the advice to use the
    /// template.
    /// </summary>
    public static (List<(int Line, DossierRow Row)> Rows, List<RowError> Errors, string Source) Parse(byte[] content, SpreadsheetLimits? limits = null)
    {
        // A zip is read as a workbook (and checked as one: a zip that is not an .xlsx is refused with the reason).
        var isXlsx = content is [0x50, 0x4B, 0x03, 0x04, ..];
        var source = isXlsx ? "xlsx" : "csv";
        IReadOnlyList<string[]> table;
        try
        {
            table = isXlsx ? Spreadsheet.Read(new MemoryStream(content, writable: false), limits: limits ?? FileLimits()) : CsvTable.Read(content, (limits ?? FileLimits()).MaxRows);
        }
        catch (InvalidDataException e) when (isXlsx)
        {
            return ([], [new RowError(0, null, $"Không đọc được tệp .xlsx: {e.Message}")], source);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ([], [new RowError(0, null, "Không đọc được tệp: cần tệp .csv (UTF-8) hoặc .xlsx theo mẫu.")], source);
        }

        var errors = new List<RowError>();
        return (FromTable(table, errors), errors, source);
    }

    private static List<(int Line, DossierRow Row)> FromTable(IReadOnlyList<string[]> table, List<RowError> errors)
    {
        var headerIndex = -1;
        for (var i = 0; i < table.Count; i++)
        {
            if (table[i].Length > 0 && table[i][0].Trim().Equals("ma_tthc", StringComparison.OrdinalIgnoreCase))
            {
                headerIndex = i;
                break;
            }
        }

        if (headerIndex < 0)
        {
            errors.Add(new RowError(0, null, "Không tìm thấy dòng tiêu đề (bắt đầu bằng cột ma_tthc). Vui lòng dùng tệp mẫu."));
            return [];
        }

        var header = table[headerIndex].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => c.Key != "linh_vuc" && !header.Contains(c.Key)).Select(c => c.Key).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new RowError(headerIndex + 1, null, $"Thiếu cột: {string.Join(", ", missing)}."));
            return [];
        }

        var rows = new List<(int, DossierRow)>();
        for (var i = headerIndex + 1; i < table.Count; i++)
        {
            var cells = table[i];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var line = i + 1;
            string? Cell(string key)
            {
                var index = header.IndexOf(key);
                return index >= 0 && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index].Trim() : null;
            }

            int? Number(string key)
            {
                var text = Cell(key);
                if (text is null)
                {
                    return 0; // an empty cell is none
                }

                if (int.TryParse(text.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                errors.Add(new RowError(line, key, $"Dòng {line}, cột {key}: \"{text}\" không phải số nguyên không âm."));
                return null;
            }

            rows.Add((line, new DossierRow(Cell("ma_tthc"), Cell("linh_vuc"),
                Number("truc_tuyen"), Number("truc_tiep"), Number("buu_chinh"), Number("ky_truoc"),
                Number("truoc_han"), Number("dung_han"), Number("qua_han"), Number("dang_trong_han"), Number("dang_qua_han"),
                Number("so_hoa_ho_so"), Number("so_hoa_ket_qua"))));
        }

        return rows;
    }

    /// <summary>Checks the rows; on success writes them all in one transaction.</summary>
    public async Task<(ImportResult? Result, List<RowError> Errors)> ImportAsync(
        DateOnly? from, DateOnly? to, string source, string? fileName, IReadOnlyList<(int Line, DossierRow Row)> rows, List<RowError> errors, string importedBy, CancellationToken ct)
    {
        if (from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber > 366)
        {
            errors.Insert(0, new RowError(0, "from", "Vui lòng nêu kỳ số liệu: từ ngày, đến ngày (không quá một năm)."));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RowError(0, null, "Tệp không có dòng số liệu nào."));
        }

        if (rows.Count > MaxRows)
        {
            errors.Add(new RowError(0, null, $"Tối đa {MaxRows} dòng mỗi lần nhập."));
        }

        var known = await KnownCodesAsync(ct);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, row) in rows)
        {
            var code = row.ProcedureCode;
            if (!ProcedureCodes.IsValid(code))
            {
                errors.Add(new RowError(line, "ma_tthc", $"Dòng {line}: mã TTHC \"{code}\" không đúng định dạng (ví dụ 1.009645)."));
                continue;
            }

            if (seen.TryGetValue(code, out var first))
            {
                errors.Add(new RowError(line, "ma_tthc", $"Dòng {line}: thủ tục {code} đã có ở dòng {first}."));
                continue;
            }

            seen[code] = line;
            if (known is not null && !known.Contains(code) && !known.Contains(code.Length > 8 ? code[..8] : code))
            {
                errors.Add(new RowError(line, "ma_tthc", $"Dòng {line}: thủ tục {code} không có trong danh mục TTHC của Ban quản lý."));
            }

            int?[] all = [row.ReceivedOnline, row.ReceivedDirect, row.ReceivedPostal, row.CarriedOver, row.ResolvedEarly, row.ResolvedOnTime, row.ResolvedLate,
                row.PendingWithinDeadline, row.PendingOverdue, row.DigitisedDossiers, row.DigitisedResults];
            if (all.Any(n => n is null))
            {
                continue; // already reported by the parser, or missing in an API row
            }

            if (all.Any(n => n < 0))
            {
                errors.Add(new RowError(line, null, $"Dòng {line}: số liệu không được âm."));
                continue;
            }

            var received = row.ReceivedOnline!.Value + row.ReceivedDirect!.Value + row.ReceivedPostal!.Value;
            var resolved = row.ResolvedEarly!.Value + row.ResolvedOnTime!.Value + row.ResolvedLate!.Value;
            var pending = row.PendingWithinDeadline!.Value + row.PendingOverdue!.Value;
            if (resolved + pending != received + row.CarriedOver!.Value)
            {
                errors.Add(new RowError(line, null,
                    $"Dòng {line}: đã giải quyết ({resolved}) + đang giải quyết ({pending}) phải bằng tiếp nhận trong kỳ ({received}) + từ kỳ trước ({row.CarriedOver})."));
            }

            if (row.DigitisedDossiers > received + row.CarriedOver || row.DigitisedResults > resolved)
            {
                errors.Add(new RowError(line, null, $"Dòng {line}: số hồ sơ, kết quả được số hóa không được lớn hơn số hồ sơ tiếp nhận, đã giải quyết."));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var hash = Hash(from!.Value, to!.Value, rows.Select(r => r.Row));
        var earlier = await db.DossierImports.AsNoTracking().Where(i => i.ContentHash == hash).OrderByDescending(i => i.ImportedAt).FirstOrDefaultAsync(ct);
        if (earlier is not null && await StillCurrentAsync(earlier, ct))
        {
            return (new ImportResult(earlier.Id, earlier.PeriodFrom, earlier.PeriodTo, earlier.Source, earlier.Rows, 0, 0, Unchanged: true), errors);
        }

        var import = new DossierImport
        {
            PeriodFrom = from.Value, PeriodTo = to.Value, Source = source, FileName = fileName, ContentHash = hash, Rows = rows.Count,
            ImportedAt = clock.GetUtcNow().UtcDateTime, ImportedBy = importedBy,
        };
        var codes = rows.Select(r => r.Row.ProcedureCode!).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        var added = 0;
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            added = 0;
            import.Replaced = 0;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var existing = await db.DossierStatistics
                .Where(d => d.PeriodFrom == from && d.PeriodTo == to && codes.Contains(d.ProcedureCode))
                .ToDictionaryAsync(d => d.ProcedureCode, StringComparer.OrdinalIgnoreCase, ct);
            foreach (var (_, row) in rows)
            {
                if (!existing.TryGetValue(row.ProcedureCode!, out var statistic))
                {
                    statistic = new DossierStatistic { PeriodFrom = from.Value, PeriodTo = to.Value, ProcedureCode = row.ProcedureCode! };
                    db.DossierStatistics.Add(statistic);
                    added++;
                }
                else
                {
                    import.Replaced++;
                }

                Fill(statistic, row, import.Id);
            }

            db.DossierImports.Add(import);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });
        return (new ImportResult(import.Id, import.PeriodFrom, import.PeriodTo, source, rows.Count, added, import.Replaced, Unchanged: false), errors);
    }

    /// <summary>Whether every row an earlier identical import wrote still holds its figures (no later import replaced them).</summary>
    private async Task<bool> StillCurrentAsync(DossierImport earlier, CancellationToken ct) =>
        await db.DossierStatistics.CountAsync(d => d.ImportId == earlier.Id, ct) == earlier.Rows;

    private async Task<HashSet<string>?> KnownCodesAsync(CancellationToken ct)
    {
        var codes = await db.Procedures.AsNoTracking().Select(p => p.Code).ToListAsync(ct);
        // Until the catalog has announced its procedures there is nothing to check against.
        return codes.Count == 0 ? null : codes.Concat(codes.Where(c => c.Length > 8).Select(c => c[..8])).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static void Fill(DossierStatistic s, DossierRow r, Guid importId)
    {
        s.Sector = r.Sector;
        s.ReceivedOnline = r.ReceivedOnline!.Value;
        s.ReceivedDirect = r.ReceivedDirect!.Value;
        s.ReceivedPostal = r.ReceivedPostal!.Value;
        s.CarriedOver = r.CarriedOver!.Value;
        s.ResolvedEarly = r.ResolvedEarly!.Value;
        s.ResolvedOnTime = r.ResolvedOnTime!.Value;
        s.ResolvedLate = r.ResolvedLate!.Value;
        s.PendingWithinDeadline = r.PendingWithinDeadline!.Value;
        s.PendingOverdue = r.PendingOverdue!.Value;
        s.DigitisedDossiers = r.DigitisedDossiers!.Value;
        s.DigitisedResults = r.DigitisedResults!.Value;
        s.ImportId = importId;
    }

    private static string Hash(DateOnly from, DateOnly to, IEnumerable<DossierRow> rows)
    {
        var canonical = new StringBuilder($"{from:yyyy-MM-dd}|{to:yyyy-MM-dd}");
        foreach (var r in rows.OrderBy(r => r.ProcedureCode, StringComparer.OrdinalIgnoreCase))
        {
            canonical.Append('\n').Append(string.Join('|', r.ProcedureCode?.ToUpperInvariant(), r.Sector, r.ReceivedOnline, r.ReceivedDirect, r.ReceivedPostal, r.CarriedOver,
                r.ResolvedEarly, r.ResolvedOnTime, r.ResolvedLate, r.PendingWithinDeadline, r.PendingOverdue, r.DigitisedDossiers, r.DigitisedResults));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>A TTHC code: d.dddddd with an optional provincial suffix (1.014199.H34).</summary>
    public static bool IsProcedureCode(string code) => ProcedureCodes.IsValid(code);

}
