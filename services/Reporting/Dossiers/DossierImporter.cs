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
public sealed class DossierImporter(ReportingDb db, TimeProvider clock)
{
    private readonly DossierStore store = new(db, clock);

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
        var (table, errors, source) = TableFile.Read(content, limits ?? FileLimits(), "Không đọc được tệp: cần tệp .csv (UTF-8) hoặc .xlsx theo mẫu.");
        return (errors.Count > 0 ? [] : DossierTable.Rows(table, errors), errors, source);
    }

    /// <summary>Checks the rows; on success writes them all in one transaction.</summary>
    public async Task<(ImportResult? Result, List<RowError> Errors)> ImportAsync(
        DateOnly? from, DateOnly? to, string source, string? fileName, IReadOnlyList<(int Line, DossierRow Row)> rows, List<RowError> errors, string importedBy, CancellationToken ct)
    {
        var known = await store.KnownCodesAsync(ct);
        DossierRowChecks.Check(from, to, rows, known, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (await store.SaveAsync(from!.Value, to!.Value, source, fileName, rows, importedBy, ct), errors);
    }
}
