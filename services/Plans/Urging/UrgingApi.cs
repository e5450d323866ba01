using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Plans.Data;
using VanPhong.Plans.Items;
using VanPhong.Plans.Model;
using VanPhong.Security;

namespace VanPhong.Plans.Urging;

/// <summary>The office's view of what needs urging, and a way to run the daily job now.</summary>
public static class UrgingApi
{
    public sealed record UrgingRow(ItemView Item, Guid PlanId, int Year, string Situation, DateOnly? DueOn, IReadOnlyList<ItemsApi.ReminderView> Reminders);

    public static RouteGroupBuilder MapUrging(this RouteGroupBuilder plans)
    {
        plans.MapGet("/urging", ListAsync).WithName("UrgingList").WithSummary("Danh sách nhiệm vụ cần đôn đốc").RequireAuthorization(StaffPolicies.ReadAll);
        plans.MapPost("/urging/run", async (UrgingService urging, CancellationToken ct) => TypedResults.Ok(await urging.RunAsync(ct)))
            .WithName("RunUrging").WithSummary("Chạy đôn đốc ngay").RequireAuthorization(StaffPolicies.Office);
        return plans;
    }

    private static async Task<Ok<List<UrgingRow>>> ListAsync(PlansDb db, CancellationToken ct)
    {
        var items = await db.Items.AsNoTracking().Include(i => i.Targets)
            .Where(i => !i.IsGroup && (i.Status == ItemStatus.Overdue || i.DueSoonSentFor != null || i.CheckInReminderSentFor != null))
            .Where(i => i.Status != ItemStatus.Completed && i.Status != ItemStatus.CompletedLate && i.Status != ItemStatus.Cancelled)
            .ToListAsync();
        var plans = await db.Plans.AsNoTracking().Where(p => p.Status == PlanStatus.Issued).ToDictionaryAsync(p => p.Id);
        var ids = items.Select(i => i.Id).ToList();
        var reminders = await ReminderViews.OfItemsAsync(db, ids, ct);
        var units = await db.Units.AsNoTracking().ToListAsync();
        return TypedResults.Ok(items.Where(i => plans.ContainsKey(i.PlanId))
            .OrderBy(i => i.Status == ItemStatus.Overdue ? 0 : 1).ThenBy(i => i.DueOn)
            .Select(i => new UrgingRow(
                i.View(units),
                i.PlanId,
                plans[i.PlanId].Year,
                i.Status == ItemStatus.Overdue ? "Quá hạn" : i.DueSoonSentFor is not null ? "Sắp đến hạn" : "Đến kỳ báo cáo",
                i.Status == ItemStatus.Overdue || i.DueSoonSentFor is not null ? i.DueOn : i.CheckInReminderSentFor,
                reminders[i.Id].OrderByDescending(r => r.SentAt).ToList()))
            .ToList());
    }
}
