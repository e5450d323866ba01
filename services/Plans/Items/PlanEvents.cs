using VanPhong.Contracts;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Items;

/// <summary>The plan's own event (its items' events come from <see cref="PlanItem"/>'s steps).</summary>
public static class PlanEvents
{
    public static PlanIssued Issued(Plan plan) => new(
        plan.Id,
        plan.Year,
        plan.Title,
        plan.DecisionNumber,
        plan.IssuedOn!.Value,
        plan.Items.Where(i => !i.IsGroup).OrderBy(i => i.Order).Select(i => Snapshot(plan, i)).ToList());

    /// <summary>An item added once the plan was issued; none for a draft (its issue carries it) or a group of items.</summary>
    public static PlanItemAdded? Added(Plan plan, PlanItem item) =>
        plan.Status == PlanStatus.Draft || item.IsGroup ? null : new(plan.Id, plan.Year, Snapshot(plan, item));

    private static PlanItemSnapshot Snapshot(Plan plan, PlanItem i) => new(
        i.Id, i.Code, i.SectionCode, plan.Sections.First(s => s.Code == i.SectionCode).Title, i.LeadUnits, i.DueOn, i.Weight, i.Status.ToString(), i.Percent, i.Version);
}
