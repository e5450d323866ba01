using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Documents;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Periods;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Reporting.Reports;

/// <summary>
/// The periodic report: the periods, a live preview, generating a stored version, freezing it (chốt số liệu —
/// its KPIs then go to the plan registry as KpiMeasured), the exports, and the records behind every KPI.
/// </summary>
public static class ReportsApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record GenerateRequest(string? Kind, int? Year, int? Number, DateOnly? From, DateOnly? To);

    public sealed record FreezeRequest(string? DocumentNumber);

    public sealed record DifficultiesRequest(string? Text);

    public const int MaxDifficultiesLength = 20_000;

    public sealed record ReportSummary(Guid Id, string Kind, int Year, int Number, DateOnly From, DateOnly To, int Version, string Status,
        DateTime GeneratedAt, string GeneratedBy, DateTime? FrozenAt, string? FrozenBy, string? DocumentNumber);

    public sealed record ReportView(ReportSummary Report, ReportContent Content, string? Difficulties = null);

    public sealed record DrillDown(string Kpi, string Name, ReportPeriod Period, int? ReportedNumerator, int? ReportedDenominator, int Numerator, int Denominator,
        bool ChangedSinceReport, IReadOnlyList<KpiRecord> Records);

    public static RouteGroupBuilder MapPeriodicReports(this RouteGroupBuilder reports)
    {
        reports.MapGet("/periods", (int? year, ReportPeriods periods, TimeProvider clock) => TypedResults.Ok(periods.Of(year ?? VietnamTime.Today(clock).Year)))
            .WithName("ReportPeriods").WithSummary("Các kỳ báo cáo của năm và ngày chốt số liệu").RequireAuthorization(StaffPolicies.Reports);
        reports.MapGet("/periodic/preview", PreviewAsync).WithName("PreviewPeriodicReport")
            .WithSummary("Số liệu hiện tại của kỳ báo cáo (chưa lưu)").RequireAuthorization(StaffPolicies.Reports);
        reports.MapGet("/periodic", ListAsync).WithName("ListPeriodicReports").RequireAuthorization(StaffPolicies.Reports);
        reports.MapPost("/periodic", GenerateAsync).WithName("GeneratePeriodicReport")
            .WithSummary("Tổng hợp báo cáo của kỳ (mỗi lần một phiên bản mới)").RequireAuthorization(StaffPolicies.Office);
        reports.MapGet("/periodic/{id:guid}", GetAsync).WithName("GetPeriodicReport").RequireAuthorization(StaffPolicies.Reports);
        reports.MapPost("/periodic/{id:guid}/freeze", FreezeAsync).WithName("FreezePeriodicReport")
            .WithSummary("Chốt số liệu: phiên bản này là số liệu chính thức của kỳ").RequireAuthorization(StaffPolicies.Office);
        reports.MapPut("/periodic/{id:guid}/difficulties", DifficultiesAsync).WithName("WritePeriodicReportDifficulties")
            .WithSummary("Khó khăn, vướng mắc và đề xuất, kiến nghị (chỉ sửa được trước khi chốt số liệu)").RequireAuthorization(StaffPolicies.Office);
        reports.MapGet("/periodic/{id:guid}/report.docx", DocxAsync).Produces(StatusCodes.Status200OK, contentType: WordDocument.ContentType).WithName("PeriodicReportDocx").RequireAuthorization(StaffPolicies.Reports);
        reports.MapGet("/periodic/{id:guid}/report.xlsx", XlsxAsync).Produces(StatusCodes.Status200OK, contentType: Spreadsheet.ContentType).WithName("PeriodicReportXlsx").RequireAuthorization(StaffPolicies.Reports);
        reports.MapGet("/periodic/{id:guid}/kpis/{kpi}", ReportDrillDownAsync).WithName("PeriodicReportKpiRecords")
            .WithSummary("Các hồ sơ, TTHC, PAKN, nhiệm vụ tạo nên một chỉ tiêu").RequireAuthorization(StaffPolicies.Reports);
        reports.MapGet("/kpis/{kpi}", LiveDrillDownAsync).WithName("KpiRecords").RequireAuthorization(StaffPolicies.Reports);
        return reports;
    }

    private static async Task<Results<Ok<ReportContent>, ValidationProblem>> PreviewAsync(string? kind, int? year, int? number, DateOnly? from, DateOnly? to, ReportPeriods periods, PeriodicReportBuilder builder, CancellationToken ct)
    {
        var (period, error) = periods.Resolve(kind, year, number, from, to);
        return period is null ? PeriodProblem(error!) : TypedResults.Ok(await builder.BuildAsync(period, ct));
    }

    private static async Task<Ok<List<ReportSummary>>> ListAsync(int? year, ReportingDb db)
    {
        var query = db.Reports.AsNoTracking();
        if (year is not null)
        {
            query = query.Where(r => r.Year == year);
        }

        var reports = await query.OrderByDescending(r => r.To).ThenByDescending(r => r.Version)
            .Select(r => new { r.Id, r.PeriodKind, r.Year, r.Number, r.From, r.To, r.Version, r.Status, r.GeneratedAt, r.GeneratedBy, r.FrozenAt, r.FrozenBy, r.DocumentNumber })
            .ToListAsync();
        return TypedResults.Ok(reports.Select(r => new ReportSummary(r.Id, r.PeriodKind, r.Year, r.Number, r.From, r.To, r.Version, r.Status.ToString(),
            r.GeneratedAt, r.GeneratedBy, r.FrozenAt, r.FrozenBy, r.DocumentNumber)).ToList());
    }

    private static async Task<Results<Created<ReportView>, ValidationProblem>> GenerateAsync(GenerateRequest request, ReportPeriods periods, PeriodicReportBuilder builder, ReportingDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var (period, error) = periods.Resolve(request.Kind, request.Year, request.Number, request.From, request.To);
        if (period is null)
        {
            return PeriodProblem(error!);
        }

        var content = await builder.BuildAsync(period, ct);
        var report = new PeriodicReport
        {
            PeriodKind = period.Kind, Year = period.Year, Number = period.Number, From = period.From, To = period.To,
            Status = ReportStatus.Generated, GeneratedAt = content.GeneratedAt, GeneratedBy = user.DisplayName(),
            ContentJson = JsonSerializer.Serialize(content, Json),
        };
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var latest = await db.Reports.AsNoTracking().Where(r => r.From == period.From && r.To == period.To).OrderByDescending(r => r.Version)
                .Select(r => new { r.Version, r.Difficulties }).FirstOrDefaultAsync(ct);
            report.Version = 1 + (latest?.Version ?? 0);
            // The office's text goes on to the new version: the figures are regenerated, what it wrote is not lost.
            report.Difficulties = latest?.Difficulties;
            db.Reports.Add(report);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });
        return TypedResults.Created($"/api/reports/periodic/{report.Id}", new ReportView(Summary(report), content, report.Difficulties));
    }

    private static async Task<Results<Ok<ReportView>, NotFoundProblem>> GetAsync(Guid id, ReportingDb db) =>
        await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id) is { } report
            ? TypedResults.Ok(new ReportView(Summary(report), Content(report), report.Difficulties))
            : NotFound();

    private static async Task<Results<Ok<ReportView>, NotFoundProblem, ConflictProblem, ValidationProblem>> FreezeAsync(Guid id, FreezeRequest? request, ReportingDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (report.Status != ReportStatus.Generated)
        {
            return Problems.Conflict("Không thể chốt số liệu",
                detail: report.Status == ReportStatus.Frozen ? $"Phiên bản {report.Version} đã được chốt." : $"Phiên bản {report.Version} đã được thay bằng phiên bản chốt sau.");
        }

        var number = request?.DocumentNumber?.Trim();
        if (number is { Length: > 50 })
        {
            return Problems.Invalid("documentNumber", "Số văn bản tối đa 50 ký tự.");
        }

        // Only one official version per period: freezing a later version supersedes the earlier one.
        var earlier = await db.Reports.Where(r => r.From == report.From && r.To == report.To && r.Status == ReportStatus.Frozen).ToListAsync(ct);
        earlier.ForEach(r => r.Status = ReportStatus.Superseded);
        report.Status = ReportStatus.Frozen;
        report.FrozenAt = clock.GetUtcNow().UtcDateTime;
        report.FrozenBy = user.DisplayName();
        report.DocumentNumber = string.IsNullOrEmpty(number) ? null : number;
        var content = Content(report);
        foreach (var kpi in content.Kpis.Where(k => k.Value is not null))
        {
            db.AddEvent(new KpiMeasured(kpi.Key, kpi.Value!.Value, report.To, content.Period.PlanYear, clock.GetUtcNow()), clock);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ReportView(Summary(report), content, report.Difficulties));
    }

    private static async Task<Results<Ok<ReportView>, NotFoundProblem, ConflictProblem, ValidationProblem>> DifficultiesAsync(Guid id, DifficultiesRequest request, ReportingDb db, CancellationToken ct)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (report.Status != ReportStatus.Generated)
        {
            return Problems.Conflict("Không thể sửa báo cáo",
                detail: report.Status == ReportStatus.Frozen
                    ? $"Phiên bản {report.Version} đã được chốt số liệu: phần khó khăn, vướng mắc và đề xuất, kiến nghị được chốt cùng báo cáo."
                    : $"Phiên bản {report.Version} đã được thay bằng phiên bản chốt sau.");
        }

        var text = request.Text?.Trim();
        if (text is { Length: > MaxDifficultiesLength })
        {
            return Problems.Invalid("text", $"Nội dung khó khăn, vướng mắc và đề xuất, kiến nghị tối đa {MaxDifficultiesLength.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} ký tự.", title: "Nội dung chưa hợp lệ");
        }

        if (text is not null && VanPhong.Text.VietnameseText.HasControlCharacter(text))
        {
            return Problems.Invalid("text", "Nội dung có ký tự điều khiển không hợp lệ.", title: "Nội dung chưa hợp lệ");
        }

        report.Difficulties = string.IsNullOrEmpty(text) ? null : text;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ReportView(Summary(report), Content(report), report.Difficulties));
    }

    private static async Task<Results<FileContentHttpResult, NotFoundProblem>> DocxAsync(Guid id, ReportingDb db, IOptions<ReportingOptions> options)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        return report is null
            ? NotFound()
            : TypedResults.File(ReportExports.Docx(Content(report), report, options.Value.Agency), WordDocument.ContentType, FileName(report, "docx"));
    }

    private static async Task<Results<FileContentHttpResult, NotFoundProblem>> XlsxAsync(Guid id, ReportingDb db)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        return report is null ? NotFound() : TypedResults.File(ReportExports.Xlsx(Content(report), report), Spreadsheet.ContentType, FileName(report, "xlsx"));
    }

    private static async Task<Results<Ok<DrillDown>, NotFoundProblem>> ReportDrillDownAsync(Guid id, string kpi, ReportingDb db, PeriodicReportBuilder builder, CancellationToken ct)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        var content = Content(report);
        var reported = content.Kpis.SingleOrDefault(k => k.Key == kpi);
        return reported is not null && await DrillAsync(builder, content.Period, kpi, reported, ct) is { } drill ? TypedResults.Ok(drill) : UnknownKpi(kpi);
    }

    private static async Task<Results<Ok<DrillDown>, NotFoundProblem, ValidationProblem>> LiveDrillDownAsync(string kpi, string? kind, int? year, int? number, DateOnly? from, DateOnly? to, ReportPeriods periods, PeriodicReportBuilder builder, CancellationToken ct)
    {
        var (period, error) = periods.Resolve(kind, year, number, from, to);
        if (period is null)
        {
            return PeriodProblem(error!);
        }

        return await DrillAsync(builder, period, kpi, null, ct) is { } drill ? TypedResults.Ok(drill) : UnknownKpi(kpi);
    }

    /// <summary>Null for a KPI the builder does not know.</summary>
    private static async Task<DrillDown?> DrillAsync(PeriodicReportBuilder builder, ReportPeriod period, string kpi, Kpi? reported, CancellationToken ct)
    {
        var records = await builder.RecordsAsync(period, kpi, ct);
        if (records is null)
        {
            return null;
        }

        var (numerator, denominator) = (records.Sum(r => r.Numerator), records.Sum(r => r.Denominator));
        return new DrillDown(kpi, PeriodicReportBuilder.KpiNames[kpi], period, reported?.Numerator, reported?.Denominator, numerator, denominator,
            reported is not null && (reported.Numerator != numerator || reported.Denominator != denominator), records);
    }

    public static ReportContent Content(PeriodicReport report) => JsonSerializer.Deserialize<ReportContent>(report.ContentJson, Json)!;

    private static ReportSummary Summary(PeriodicReport r) => new(r.Id, r.PeriodKind, r.Year, r.Number, r.From, r.To, r.Version, r.Status.ToString(),
        r.GeneratedAt, r.GeneratedBy, r.FrozenAt, r.FrozenBy, r.DocumentNumber);

    private static string FileName(PeriodicReport r, string extension) => $"bao-cao-kiem-soat-tthc-{r.From:yyyyMMdd}-{r.To:yyyyMMdd}-v{r.Version}.{extension}";

    private static ValidationProblem PeriodProblem(string error) =>
        Problems.Invalid("period", error, title: "Kỳ báo cáo chưa hợp lệ");

    private static NotFoundProblem UnknownKpi(string kpi) => Problems.NotFound("Không có chỉ tiêu này",
        detail: $"Không có chỉ tiêu \"{kpi}\". Các chỉ tiêu: {string.Join(", ", PeriodicReportBuilder.KpiNames.Keys)}.");

    private static NotFoundProblem NotFound() => Problems.NotFound("Không tìm thấy báo cáo");
}
