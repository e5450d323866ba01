using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using VanPhong.Messaging;
using VanPhong.Plans.Data;
using VanPhong.Plans.Documents;
using VanPhong.Plans.Items;
using VanPhong.Plans.Model;
using VanPhong.Plans.SeedTasks;
using VanPhong.Plans.Units;
using VanPhong.Security;

namespace VanPhong.Plans.Progress;

/// <summary>A coordinating unit's report of its own part of an item, with its evidence if any.</summary>
internal static class Contribution
{
    public static async Task<IResult> ContributeAsync(
        Guid itemId, ReportProgress.ContributionRequest request, HttpContext http, PlansDb db, IAuthorizationService authorization, TimeProvider clock, IOptions<PlanFileLimits> files)
    {
        var (plan, item, units) = await ReportProgress.LoadAsync(db, itemId, http);
        if (item is null)
        {
            return RecordResults.ItemNotFound();
        }

        var coordinating = UnitAssignments.Expand(item.CoordinatingUnits, units);
        if (!(await authorization.AuthorizeAsync(http.User, UnitResource.Of([.. coordinating]), StaffPolicies.SameUnit)).Succeeded)
        {
            return StaffSecurity.Forbidden($"Chỉ đơn vị phối hợp ({item.CoordinatingUnitsText ?? "không có"}) mới báo cáo phần phối hợp của nhiệm vụ {item.Code}.");
        }

        var unit = request.UnitCode ?? http.User.UnitCode() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (!coordinating.Contains(unit))
        {
            errors["unitCode"] = [$"Đơn vị '{unit}' không phải đơn vị phối hợp của nhiệm vụ {item.Code}."];
        }

        if (string.IsNullOrWhiteSpace(request.Narrative))
        {
            errors["narrative"] = ["Vui lòng mô tả phần việc đã thực hiện."];
        }

        var evidence = ProgressEvidence.Read(request.Evidence, errors, files.Value.Evidence);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Báo cáo phối hợp chưa hợp lệ");
        }

        var now = clock.GetUtcNow();
        db.AddEvent(item.Contribute(plan!, unit, now), clock);
        var report = ProgressEvidence.NewReport(item, ProgressKind.Contribution, unit, http.User, now, request.Narrative!, evidence, db);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/plans/items/{item.Id}", ReportProgress.View(report));
    }
}
