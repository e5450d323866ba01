using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VanPhong.Messaging;
using VanPhong.Plans.Data;
using VanPhong.Plans.Documents;
using VanPhong.Plans.Items;
using VanPhong.Plans.Model;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.Progress;

/// <summary>A coordinating unit's report of its own part of an item, with its evidence if any.</summary>
internal static class Contribution
{
    public static async Task<Results<Created<ReportProgress.ReportView>, Results<NotFoundProblem, ForbiddenProblem>, ValidationProblem>> ContributeAsync(
        Guid itemId, ReportProgress.ContributionRequest request, HttpContext http, PlansDb db, IAuthorizationService authorization, TimeProvider clock, IOptions<PlanFileLimits> files)
    {
        var (reported, refusal) = await ReportedItem.OpenAsync(db, itemId, ProgressKind.Contribution, http, authorization);
        if (reported is null)
        {
            return refusal!;
        }

        var (plan, item, _, coordinating) = reported;
        var unit = request.UnitCode ?? http.User.UnitCode() ?? "";
        var errors = new ValidationErrors();
        if (!coordinating.Contains(unit))
        {
            errors.Add("unitCode", $"Đơn vị '{unit}' không phải đơn vị phối hợp của nhiệm vụ {item.Code}.");
        }

        if (string.IsNullOrWhiteSpace(request.Narrative))
        {
            errors.Add("narrative", "Vui lòng mô tả phần việc đã thực hiện.");
        }

        var evidence = ProgressEvidence.Read(request.Evidence, errors, files.Value.Evidence);
        if (errors.Any)
        {
            return errors.ToProblem("Báo cáo phối hợp chưa hợp lệ");
        }

        var now = clock.GetUtcNow();
        db.AddEvent(item.Contribute(plan, unit, now), clock);
        var report = ProgressEvidence.NewReport(item, ProgressKind.Contribution, unit, http.User, now, request.Narrative!, evidence, db);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/plans/items/{item.Id}", ReportProgress.View(report));
    }
}
