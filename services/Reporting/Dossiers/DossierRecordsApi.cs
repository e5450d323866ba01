using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Documents;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Periods;
using VanPhong.Reporting.Reports;
using VanPhong.Reporting.Units;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Reporting.Dossiers;

/// <summary>
/// Hồ sơ TTHC one by one: the one-stop system's export uploaded by the office or a provincial system (integration
/// client), the dossiers as stored, the breakdowns of a period and a template of the export.
/// </summary>
public static class DossierRecordsApi
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static RouteGroupBuilder MapDossierRecords(this RouteGroupBuilder reports)
    {
        reports.MapPost("/dossiers/records/import", ImportAsync).WithName("ImportDossierRecords")
            .WithSummary("Nhập hồ sơ TTHC từ tệp xuất của Hệ thống thông tin giải quyết TTHC (CSV hoặc Excel, mỗi dòng một hồ sơ)").RequireAuthorization(StaffPolicies.Integration);
        reports.MapGet("/dossiers/records", ListAsync).WithName("ListDossierRecords").WithSummary("Hồ sơ TTHC đã nhập").RequireAuthorization(StaffPolicies.Reports);
        reports.MapGet("/dossiers/records/template.csv", (IOptions<ReportingOptions> options) =>
                TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TemplateCsv(options.Value.DossierExport))).ToArray(), "text/csv; charset=utf-8", "mau-ho-so-tthc.csv"))
            .WithName("DossierRecordsTemplateCsv").WithSummary("Tệp mẫu hồ sơ TTHC (CSV)").RequireAuthorization(StaffPolicies.Reports);
        reports.MapGet("/dossiers/records/template.xlsx", (IOptions<ReportingOptions> options) =>
                TypedResults.File(TemplateXlsx(options.Value.DossierExport), Spreadsheet.ContentType, "mau-ho-so-tthc.xlsx"))
            .WithName("DossierRecordsTemplateXlsx").WithSummary("Tệp mẫu hồ sơ TTHC (Excel)").RequireAuthorization(StaffPolicies.Reports);
        reports.MapGet("/dossiers/figures", FiguresAsync).WithName("DossierFigures")
            .WithSummary("Số liệu hồ sơ của kỳ theo TTHC, đơn vị, hình thức nộp và tháng (từ hồ sơ đã nhập)").RequireAuthorization(StaffPolicies.Reports);
        return reports;
    }

    /// <summary>How many rows' problems an answer spells out.</summary>
    public const int MaxRowsTold = 200;

    private static async Task<Results<Ok<RecordImportResult>, Created<RecordImportResult>, ValidationProblem, TooLargeProblem>> ImportAsync(string? fileName, HttpRequest request, DossierRecordImporter importer, ClaimsPrincipal user, IOptions<ReportingOptions> options, CancellationToken ct)
    {
        var tooLarge = Problems.TooLarge("Tệp quá lớn", detail: $"Tệp hồ sơ tối đa {MaxFileBytes / 1024 / 1024} MB.");
        if (request.ContentLength > MaxFileBytes)
        {
            return tooLarge;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxFileBytes)
        {
            return tooLarge;
        }

        var (rows, errors, source) = DossierExportReader.Parse(buffer.ToArray(), options.Value.DossierExport, options.Value.DossierExportFiles);
        var stored = fileName is null ? null : FileNames.Stored(fileName, "." + source, "ho-so-tthc");
        var (result, all) = await importer.ImportAsync(source, stored, rows, errors, user.DisplayName(), ct);
        if (result is null)
        {
            // The first rows' problems in full, the rest counted: a file of a million bad rows gets an answer of a few kilobytes.
            var problems = all.GroupBy(e => e.Row == 0 ? "file" : $"row {e.Row}").Take(MaxRowsTold).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            var rowsWithErrors = all.Select(e => e.Row).Distinct().Count();
            if (rowsWithErrors > MaxRowsTold)
            {
                problems["more"] = [$"… và {rowsWithErrors - MaxRowsTold} dòng lỗi khác (chỉ nêu {MaxRowsTold} dòng đầu)."];
            }

            return TypedResults.ValidationProblem(problems, title: "Hồ sơ chưa nhập được",
                detail: $"{all.Count} lỗi; không hồ sơ nào được nhập. Sửa các dòng nêu dưới đây rồi nhập lại cả tệp.");
        }

        return result.NothingChanged ? TypedResults.Ok(result) : TypedResults.Created("/api/reports/dossiers/records", result);
    }

    private static async Task<Ok<List<DossierRecord>>> ListAsync(DateOnly? from, DateOnly? to, string? procedure, string? code, int? take, ReportingDb db, CancellationToken ct)
    {
        var query = db.DossierRecords.AsNoTracking();
        if (from is not null)
        {
            query = query.Where(r => r.ReceivedOn >= from);
        }

        if (to is not null)
        {
            query = query.Where(r => r.ReceivedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(procedure))
        {
            query = query.Where(r => r.ProcedureCode == procedure.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            query = query.Where(r => r.Code == code.Trim().ToUpperInvariant());
        }

        return TypedResults.Ok(await query.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Code).Take(Math.Clamp(take ?? 500, 1, 5000)).ToListAsync(ct));
    }

    private static async Task<Results<Ok<DossierBreakdown>, BadRequestProblem>> FiguresAsync(
        string? kind, int? year, int? number, DateOnly? from, DateOnly? to, ReportPeriods periods, ReportingDb db, TimeProvider clock, IOptions<ReportingOptions> options, CancellationToken ct)
    {
        var (period, error) = periods.Resolve(kind, year, number, from, to);
        if (period is null)
        {
            return Problems.BadRequest("Kỳ báo cáo không hợp lệ", detail: error);
        }

        var asOf = ReportSources.AsOf(period.To, VietnamTime.Today(clock));
        var names = await db.Procedures.AsNoTracking().Select(p => new { p.Code, p.Name }).ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        var units = new UnitDirectory(await db.Units.AsNoTracking().ToListAsync(ct));
        return TypedResults.Ok(DossierCounts.Breakdown(await DossierCounts.InPeriodAsync(db, period.From, period.To, ct), period.From, period.To, asOf, names, units,
            options.Value.KpiTargets.GetValueOrDefault(KpiMetrics.OnlineDossiers, 50)));
    }

    /// <summary>The export's columns in order, as the mapping names them (the configured header or the first default).</summary>
    public static IReadOnlyList<string> TemplateHeader(DossierExportOptions o) =>
        DossierExportOptions.DefaultColumns.Keys.Select(f => o.HeadersOf(f).First()).ToList();

    private static readonly string[][] ExampleRows =
    [
        ["000.00.15.H34-260406-0001", "1.009645", "Trực tuyến", "06/04/2026 08:15", "05/05/2026", "28/04/2026", "Đã trả kết quả", "", "Có", "Có", "Không", "QLDT", "2", "2", "2", "2", "2", "2"],
        ["000.00.15.H34-260407-0002", "1.014199", "Trực tiếp", "07/04/2026 09:40", "14/04/2026", "", "Đang giải quyết", "", "Có", "Không", "Không", "QLDT", "", "", "", "", "", ""],
    ];

    private static string TemplateCsv(DossierExportOptions o)
    {
        static string Quote(string c) => c.Contains(',') || c.Contains('"') ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c;
        return string.Join("\r\n", new[] { TemplateHeader(o).ToArray() }.Concat(ExampleRows).Select(r => string.Join(',', r.Select(Quote)))) + "\r\n";
    }

    private static byte[] TemplateXlsx(DossierExportOptions o) => Spreadsheet.Write(new SheetContent(
        "Ho so TTHC",
        [
            "HỒ SƠ TTHC (mỗi dòng một hồ sơ) — tệp xuất từ Hệ thống thông tin giải quyết TTHC của tỉnh",
            "Mã hồ sơ theo Điều 19 Thông tư 01/2018/TT-VPCP; ngày dd/MM/yyyy [HH:mm]; Ngày trả kết quả để trống khi đang giải quyết; Chỉ số 1–7: điểm 0, 1, 2 (Điều 13), không bắt buộc.",
        ],
        TemplateHeader(o),
        ExampleRows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList()).ToList(),
        TemplateHeader(o).Select(_ => 18.0).ToList()));
}
