using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Plans.Data;
using VanPhong.Plans.Model;
using VanPhong.Plans.Progress;
using VanPhong.Plans.Units;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.Public;

/// <summary>
/// Công khai tiến độ: the year's plan as citizens may see it — sections, items, units, timeframes, status and
/// percentages — like a city's accountability page. No narratives, evidence, reminders or internal notes.
/// </summary>
public static class PublicPlanApi
{
    public sealed record PublicPlanSummary(int Year, string Title, string? DecisionNumber, DateOnly? IssuedOn, double Percent);

    public sealed record PublicItem(string Code, string? ParentCode, bool IsGroup, string Content, string? Timeframe, string? LeadUnits, string? ExpectedResult, string Status, int Percent, DateOnly? DueOn, DateOnly? CompletedOn);

    public sealed record PublicSection(string Code, string Title, ProgressFigures Progress, IReadOnlyList<PublicItem> Items);

    public sealed record PublicPlan(int Year, string Title, string? DecisionNumber, DateOnly? IssuedOn, ProgressFigures Progress, IReadOnlyList<PublicSection> Sections, IReadOnlyList<UnitProgress> Units);

    public static RouteGroupBuilder MapPublicPlans(this RouteGroupBuilder group)
    {
        group.MapGet("/", async (PlansDb db) =>
        {
            var plans = await db.Plans.AsNoTracking().Include(p => p.Items).Where(p => p.Status != PlanStatus.Draft).OrderByDescending(p => p.Year).ToListAsync();
            return TypedResults.Ok(plans.Select(p => new PublicPlanSummary(p.Year, p.Title, p.DecisionNumber, p.IssuedOn, RollUp.Figures(p.Items.Where(i => !i.IsGroup)).Percent)).ToList());
        }).WithName("PublicPlans").WithSummary("Các kế hoạch kiểm soát TTHC đã ban hành");
        group.MapGet("/{year:int}", GetAsync).WithName("PublicPlan").WithSummary("Tiến độ thực hiện kế hoạch kiểm soát TTHC trong năm");
        return group;
    }

    private static async Task<Results<Ok<PublicPlan>, NotFoundProblem>> GetAsync(int year, PlansDb db)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Sections).Include(p => p.Items).AsSplitQuery()
            .Where(p => p.Year == year && p.Status != PlanStatus.Draft).OrderByDescending(p => p.IssuedOn).FirstOrDefaultAsync();
        if (plan is null)
        {
            return Problems.NotFound("Không tìm thấy kế hoạch",
                detail: $"Chưa có kế hoạch kiểm soát thủ tục hành chính năm {year} được ban hành.");
        }

        var units = await db.Units.AsNoTracking().ToListAsync();
        var progress = RollUp.Of(plan, units);
        return TypedResults.Ok(new PublicPlan(
            plan.Year,
            plan.Title,
            plan.DecisionNumber,
            plan.IssuedOn,
            progress.Plan,
            plan.Sections.OrderBy(s => s.Order).Select(s => new PublicSection(
                s.Code,
                s.Title,
                progress.Sections.First(p => p.Code == s.Code).Figures,
                plan.Items.Where(i => i.SectionCode == s.Code).OrderBy(i => i.Order).Select(i => new PublicItem(
                    i.Code, i.ParentCode, i.IsGroup, i.Content, i.TimeframeText, i.LeadUnitsText, i.ExpectedResult,
                    i.IsGroup ? "" : i.Status.ToString(), i.Percent, i.DueOn, i.CompletedOn)).ToList())).ToList(),
            progress.Units));
    }
}
