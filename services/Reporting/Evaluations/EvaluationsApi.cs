using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Dossiers;
using VanPhong.Reporting.Periods;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Reporting.Evaluations;

/// <summary>
/// Đánh giá việc giải quyết TTHC: the evaluation of a dossier entered at the one-stop desk from the paper form, the
/// period's results for staff, and the results of each finished quarter for everyone (công khai kết quả đánh giá,
/// NĐ 61/2018 Art. 32.1, TT 01/2018 Art. 15.4b).
/// </summary>
public static class EvaluationsApi
{
    /// <summary>The points of the paper form (indicators 1, 3, 4, 7; Art. 14.3a) and the day it was filled in.</summary>
    public sealed record DeskEvaluation(int? Indicator1, int? Indicator3, int? Indicator4, int? Indicator7, DateOnly? EvaluatedOn);

    public static RouteGroupBuilder MapEvaluations(this RouteGroupBuilder reports)
    {
        reports.MapGet("/evaluations/indicators", () => TypedResults.Ok(EvaluationRules.Indicators)).WithName("EvaluationIndicators")
            .WithSummary("Các chỉ số đánh giá (Điều 13 Thông tư 01/2018/TT-VPCP)").RequireAuthorization(StaffPolicies.Reports);
        reports.MapPut("/dossiers/records/{code}/evaluation", EnterAsync).WithName("EnterDossierEvaluation")
            .WithSummary("Nhập phiếu đánh giá của tổ chức, cá nhân tại Bộ phận Một cửa").RequireAuthorization(StaffPolicies.OneStop);
        reports.MapGet("/evaluations", ResultsAsync).WithName("EvaluationResults")
            .WithSummary("Kết quả đánh giá việc giải quyết TTHC của kỳ theo chỉ số, TTHC, đơn vị").RequireAuthorization(StaffPolicies.Reports);
        return reports;
    }

    public static RouteGroupBuilder MapPublicEvaluations(this RouteGroupBuilder publicReports)
    {
        publicReports.MapGet("/evaluations", PublicResultsAsync).WithName("PublicEvaluationResults")
            .WithSummary("Công khai kết quả đánh giá việc giải quyết TTHC theo quý").AllowAnonymous();
        return publicReports;
    }

    private static async Task<Results<Ok<DossierRecord>, NotFoundProblem, ValidationProblem>> EnterAsync(string code, DeskEvaluation request, ReportingDb db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var record = await db.DossierRecords.SingleOrDefaultAsync(r => r.Code == code.Trim().ToUpperInvariant(), ct);
        if (record is null)
        {
            return Problems.NotFound("Không tìm thấy hồ sơ", detail: $"Chưa có hồ sơ {code} (nhập tệp hồ sơ từ hệ thống một cửa trước).");
        }

        var today = VietnamTime.Today(clock);
        var evaluation = new DossierEvaluation
        {
            Indicator1 = request.Indicator1, Indicator3 = request.Indicator3, Indicator4 = request.Indicator4, Indicator7 = request.Indicator7,
            // Indicators 2 and 6 come from the online evaluation only (Art. 14.3b): the desk keeps what was imported.
            Indicator2 = record.Evaluation.Indicator2, Indicator6 = record.Evaluation.Indicator6,
            Source = "desk", EvaluatedOn = request.EvaluatedOn ?? today,
        };
        var problems = EvaluationRules.Check(evaluation, record.Status, record.ReturnedOn, record.DueOn);
        if (request is { Indicator1: null, Indicator3: null, Indicator4: null, Indicator7: null })
        {
            problems.Add((0, "Phiếu đánh giá cần điểm của ít nhất một chỉ số 1, 3, 4, 7."));
        }

        if (evaluation.EvaluatedOn > today || evaluation.EvaluatedOn < record.ReceivedOn)
        {
            problems.Add((0, $"Ngày đánh giá phải từ ngày tiếp nhận hồ sơ ({record.ReceivedOn:dd/MM/yyyy}) đến hôm nay."));
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems.GroupBy(p => p.Indicator == 0 ? "evaluation" : $"indicator{p.Indicator}").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                title: "Phiếu đánh giá chưa hợp lệ");
        }

        var before = record.Evaluation;
        record.Evaluation = evaluation;
        db.AddAuditEntry(user, clock, "Updated", nameof(DossierRecord), record.Code, new { evaluation = new { before, after = evaluation } });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(record);
    }

    private static async Task<Results<Ok<EvaluationResult>, BadRequestProblem>> ResultsAsync(string? kind, int? year, int? number, DateOnly? from, DateOnly? to, ReportPeriods periods, EvaluationResults results, CancellationToken ct)
    {
        var (period, error) = periods.Resolve(kind ?? (from is null && to is null ? PeriodKinds.Quarter : null), year, number, from, to);
        return period is null
            ? Problems.BadRequest("Kỳ không hợp lệ", detail: error)
            : TypedResults.Ok(await results.ComputeAsync(period, ct));
    }

    /// <summary>A finished quarter only: a quarter still running is not published.</summary>
    private static async Task<Results<Ok<EvaluationResult>, NotFoundProblem, BadRequestProblem>> PublicResultsAsync(int? year, int? quarter, ReportPeriods periods, EvaluationResults results, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        if (year is null || quarter is null)
        {
            var finished = periods.Of(today.Year).Concat(periods.Of(today.Year - 1))
                .Where(p => p.Kind == PeriodKinds.Quarter && p.To < today).OrderByDescending(p => p.To).FirstOrDefault();
            if (finished is null)
            {
                return Problems.NotFound("Chưa có kết quả đánh giá", detail: "Chưa có quý nào kết thúc.");
            }

            (year, quarter) = (finished.Year, finished.Number);
        }

        var (period, error) = periods.Resolve(PeriodKinds.Quarter, year, quarter, null, null);
        if (period is null)
        {
            return Problems.BadRequest("Quý không hợp lệ", detail: error);
        }

        if (period.To >= today)
        {
            return Problems.NotFound("Quý chưa kết thúc",
                detail: $"Kết quả đánh giá {period.Title} được công khai sau ngày chốt số liệu {period.To:dd/MM/yyyy}.");
        }

        return TypedResults.Ok(await results.ComputeAsync(period, ct));
    }
}
