using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Messaging;
using VanPhong.Plans.Data;
using VanPhong.Plans.Documents;
using VanPhong.Plans.Items;
using VanPhong.Plans.Model;
using VanPhong.Plans.Timeframes;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.Progress;

/// <summary>
/// The lead unit's progress report: a percentage, a status and a narrative, with evidence to complete the item; the item
/// changes its own status (<see cref="PlanItem.ReportProgress"/>) and the report is kept beside it.
/// </summary>
internal static class LeadReport
{
    public static async Task<Results<Ok<ItemView>, Results<NotFoundProblem, ForbiddenProblem>, ValidationProblem>> ReportAsync(
        Guid itemId, ReportProgress.ProgressRequest request, HttpContext http, PlansDb db, IAuthorizationService authorization, TimeProvider clock, IOptions<PlanFileLimits> files)
    {
        var (reported, refusal) = await ReportedItem.OpenAsync(db, itemId, ProgressKind.LeadReport, http, authorization);
        if (reported is null)
        {
            return refusal!;
        }

        var (plan, item, units, leadUnits) = reported;
        var unit = request.UnitCode ?? http.User.UnitCode() ?? "";
        if (!leadUnits.Contains(unit))
        {
            return Problems.Invalid("unitCode", $"Đơn vị '{unit}' không phải đơn vị chủ trì nhiệm vụ {item.Code}.", title: "Báo cáo tiến độ chưa hợp lệ");
        }

        var errors = new ValidationErrors();
        if (request.Percent is not { } percent || percent is < 0 or > 100)
        {
            errors.Add("percent", "Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.");
        }

        var completing = request.Status is "Completed" || request.Percent == 100;
        if (request.Status is not (null or "InProgress" or "Completed"))
        {
            errors.Add("status", "Trạng thái báo cáo là InProgress (đang thực hiện) hoặc Completed (hoàn thành).");
        }
        else if (request.Status == "Completed" && request.Percent is not 100)
        {
            // The more precise message stands alone: a completion below 100% is said once, not also as out of range.
            errors.Set("percent", "Nhiệm vụ hoàn thành phải đạt 100%.");
        }

        if (string.IsNullOrWhiteSpace(request.Narrative))
        {
            errors.Add("narrative", "Vui lòng mô tả kết quả thực hiện.");
        }

        var evidence = ProgressEvidence.Read(request.Evidence, errors, files.Value.Evidence);
        if (completing && evidence is null && !errors.Has("evidence"))
        {
            errors.Add("evidence", "Nhiệm vụ chỉ được xác nhận hoàn thành khi có minh chứng: số và ngày văn bản (ví dụ Báo cáo số 12/BC-KKT) hoặc tệp đính kèm.");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Báo cáo tiến độ chưa hợp lệ");
        }

        var now = clock.GetUtcNow();
        foreach (var change in item.ReportProgress(plan, unit, request.Percent!.Value, completing, TimeframeInterpreter.NextCheckIn(VietnamTime.DateOf(now)), http.User.DisplayName(), now))
        {
            db.AddEvent(change, clock);
        }

        var report = ProgressEvidence.NewReport(item, ProgressKind.LeadReport, unit, http.User, now, request.Narrative!, evidence, db);
        report.Percent = request.Percent;
        report.Status = item.Status;
        await db.SaveChangesAsync();
        return TypedResults.Ok(item.View(units));
    }
}
