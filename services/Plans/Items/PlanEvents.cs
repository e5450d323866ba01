using VanPhong.Contracts;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.Items;

/// <summary>The integration events of the plan registry, built from the model in one place.</summary>
public static class PlanEvents
{
    public static PlanIssued Issued(Plan plan) => new(
        plan.Id,
        plan.Year,
        plan.Title,
        plan.DecisionNumber,
        plan.IssuedOn!.Value,
        plan.Items.Where(i => !i.IsGroup).OrderBy(i => i.Order).Select(i => new PlanItemSnapshot(
            i.Id, i.Code, i.SectionCode, plan.Sections.First(s => s.Code == i.SectionCode).Title, i.LeadUnits, i.DueOn, i.Weight, i.Status.ToString(), i.Percent)).ToList());

    public static PlanItemProgressReported ProgressReported(Plan plan, PlanItem item, string unit, DateOnly on) =>
        new(plan.Id, item.Id, plan.Year, item.Code, item.SectionCode, unit, item.Percent, item.Status.ToString(), on);

    public static PlanItemCompleted Completed(Plan plan, PlanItem item) =>
        new(plan.Id, item.Id, plan.Year, item.Code, item.SectionCode, item.LeadUnits, item.CompletedOn!.Value, item.DueOn, item.Status == ItemStatus.CompletedLate);

    public static PlanItemCancelled Cancelled(Plan plan, PlanItem item, DateOnly on) =>
        new(plan.Id, item.Id, plan.Year, item.Code, item.CancelReason!, on);
}
