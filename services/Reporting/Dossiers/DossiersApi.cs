using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Documents;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Reports;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Reporting.Dossiers;

/// <summary>
/// Số liệu hồ sơ from the provincial one-stop system: a file upload (CSV or .xlsx as in the template) by the office
/// or a provincial system with an integration client, or rows as JSON through the API.
/// </summary>
public static class DossiersApi
{
    public sealed record ApiImport(DateOnly? From, DateOnly? To, List<DossierRow>? Rows);

    public const long MaxFileBytes = 5 * 1024 * 1024;

    public static RouteGroupBuilder MapDossiers(this RouteGroupBuilder reports)
    {
        reports.MapGet("/dossiers/template.xlsx", () => TypedResults.File(DossierImporter.Template(), Spreadsheet.ContentType, "mau-so-lieu-ho-so.xlsx"))
            .WithName("DossierTemplate").WithSummary("Tệp mẫu nhập số liệu hồ sơ").RequireAuthorization(StaffPolicies.Reports);
        reports.MapPost("/dossiers/import", ImportFileAsync).WithName("ImportDossierFile")
            .WithSummary("Nhập số liệu hồ sơ từ tệp CSV hoặc Excel (nội dung tệp là thân yêu cầu)").RequireAuthorization(StaffPolicies.Integration);
        reports.MapPost("/dossiers", ImportRowsAsync).WithName("ImportDossierRows")
            .WithSummary("Nhập số liệu hồ sơ qua API").RequireAuthorization(StaffPolicies.Integration);
        reports.MapGet("/dossiers", ListAsync).WithName("ListDossierStatistics").RequireAuthorization(StaffPolicies.Reports);
        reports.MapGet("/dossiers/imports", async (ReportingDb db) =>
                TypedResults.Ok(await db.DossierImports.AsNoTracking().OrderByDescending(i => i.ImportedAt).Take(200).ToListAsync()))
            .WithName("ListDossierImports").RequireAuthorization(StaffPolicies.Reports);
        return reports;
    }

    // The file's answer is the rows' answer, or 413 before the rows are read.
    private static async Task<Results<Results<Ok<ImportResult>, Created<ImportResult>, ValidationProblem>, TooLargeProblem>> ImportFileAsync(
        DateOnly? from, DateOnly? to, string? fileName, HttpRequest request, DossierImporter importer, ClaimsPrincipal user, IOptions<ReportingOptions> options, CancellationToken ct)
    {
        if (request.ContentLength > MaxFileBytes)
        {
            return TooLarge();
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxFileBytes)
        {
            return TooLarge();
        }

        var (rows, errors, source) = DossierImporter.Parse(buffer.ToArray(), options.Value.DossierFiles);
        var stored = fileName is null ? null : FileNames.Stored(fileName, "." + source, "so-lieu-ho-so");
        return Answer(await importer.ImportAsync(from, to, source, stored, rows, errors, Who(user), ct));
    }

    private static async Task<Results<Ok<ImportResult>, Created<ImportResult>, ValidationProblem>> ImportRowsAsync(ApiImport request, DossierImporter importer, ClaimsPrincipal user, CancellationToken ct)
    {
        var rows = (request.Rows ?? []).Select((r, i) => (i + 1, r)).ToList();
        var errors = rows.Where(r => r.r is null).Select(r => new RowError(r.Item1, null, $"Dòng {r.Item1}: dòng trống.")).ToList();
        var complete = new List<(int, DossierRow)>();
        foreach (var (index, row) in rows.Where(r => r.r is not null))
        {
            int?[] all = [row.ReceivedOnline, row.ReceivedDirect, row.ReceivedPostal, row.CarriedOver, row.ResolvedEarly, row.ResolvedOnTime, row.ResolvedLate,
                row.PendingWithinDeadline, row.PendingOverdue, row.DigitisedDossiers, row.DigitisedResults];
            // Through the API a missing number is a mistake, not an empty cell.
            if (all.Any(n => n is null))
            {
                errors.Add(new RowError(index, null, $"Dòng {index}: thiếu số liệu (cần đủ 11 chỉ tiêu)."));
            }

            complete.Add((index, row));
        }

        return Answer(await importer.ImportAsync(request.From, request.To, "api", null, complete, errors, Who(user), ct));
    }

    private static Results<Ok<ImportResult>, Created<ImportResult>, ValidationProblem> Answer((ImportResult? Result, List<RowError> Errors) outcome)
    {
        if (outcome.Result is null)
        {
            var errors = outcome.Errors
                .GroupBy(e => e.Row == 0 ? "file" : $"row {e.Row}")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return TypedResults.ValidationProblem(errors, title: "Số liệu hồ sơ chưa nhập được",
                detail: $"{outcome.Errors.Count} lỗi; không dòng nào được nhập. Sửa các dòng nêu dưới đây rồi nhập lại cả tệp.");
        }

        return outcome.Result.Unchanged ? TypedResults.Ok(outcome.Result) : TypedResults.Created($"/api/reports/dossiers?from={outcome.Result.From:yyyy-MM-dd}&to={outcome.Result.To:yyyy-MM-dd}", outcome.Result);
    }

    private static async Task<Ok<List<DossierStatistic>>> ListAsync(DateOnly? from, DateOnly? to, ReportingDb db)
    {
        var query = db.DossierStatistics.AsNoTracking();
        if (from is not null)
        {
            query = query.Where(d => d.PeriodFrom >= from);
        }

        if (to is not null)
        {
            query = query.Where(d => d.PeriodTo <= to);
        }

        return TypedResults.Ok(await query.OrderBy(d => d.PeriodFrom).ThenBy(d => d.ProcedureCode).Take(5000).ToListAsync());
    }

    private static TooLargeProblem TooLarge() => Problems.TooLarge("Tệp quá lớn", detail: $"Tệp số liệu tối đa {MaxFileBytes / 1024 / 1024} MB.");

    private static string Who(ClaimsPrincipal user) => user.DisplayName();
}
