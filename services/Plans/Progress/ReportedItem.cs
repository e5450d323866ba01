using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using VanPhong.Plans.Data;
using VanPhong.Plans.Model;
using VanPhong.Plans.SeedTasks;
using VanPhong.Plans.Units;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.Progress;

/// <summary>
/// The item a unit reports on, with its plan and the units, and the units that may make this kind of report (the
/// item's lead units for <see cref="ProgressKind.LeadReport"/>, its coordinating units for
/// <see cref="ProgressKind.Contribution"/>, groups expanded). <see cref="OpenAsync"/> is the opening both reports share.
/// </summary>
internal sealed record ReportedItem(Plan Plan, PlanItem Item, List<UnitReplica> Units, IReadOnlyList<string> Reporters)
{
    /// <summary>
    /// Loads the item (404 when there is none; a stale If-Match answers 409) and refuses (403) a caller who speaks for
    /// none of the units that make <paramref name="kind"/>, before anything in the request is checked.
    /// </summary>
    public static async Task<(ReportedItem? Reported, Results<NotFoundProblem, ForbiddenProblem>? Refusal)> OpenAsync(
        PlansDb db, Guid itemId, ProgressKind kind, HttpContext http, IAuthorizationService authorization)
    {
        var (plan, item, units) = await ReportProgress.LoadAsync(db, itemId, http);
        if (item is null)
        {
            return (null, RecordResults.ItemNotFound());
        }

        var reporters = UnitAssignments.Expand(kind == ProgressKind.LeadReport ? item.LeadUnits : item.CoordinatingUnits, units);
        if (!(await authorization.AuthorizeAsync(http.User, UnitResource.Of([.. reporters]), StaffPolicies.SameUnit)).Succeeded)
        {
            return (null, StaffSecurity.Forbidden(kind == ProgressKind.LeadReport
                ? $"Chỉ đơn vị chủ trì ({item.LeadUnitsText}) mới báo cáo tiến độ nhiệm vụ {item.Code}."
                : $"Chỉ đơn vị phối hợp ({item.CoordinatingUnitsText ?? "không có"}) mới báo cáo phần phối hợp của nhiệm vụ {item.Code}."));
        }

        return (new ReportedItem(plan!, item, units, reporters), null);
    }
}
