using VanPhong.Plans.Model;
using VanPhong.Plans.Units;

namespace VanPhong.Plans.Progress;

public sealed record ProgressFigures(int Items, int Completed, int CompletedLate, int InProgress, int NotStarted, int Overdue, int Cancelled, double Percent);

public sealed record SectionProgress(string Code, string Title, ProgressFigures Figures);

public sealed record UnitProgress(string Code, string Name, ProgressFigures Figures);

public sealed record PlanProgress(ProgressFigures Plan, IReadOnlyList<SectionProgress> Sections, IReadOnlyList<UnitProgress> Units);

/// <summary>
/// Progress rolled up per section, per lead unit and for the plan: the weighted mean of the items' percentages
/// (weight 1 unless the office set another), cancelled items and group headings left out.
/// </summary>
public static class RollUp
{
    public static PlanProgress Of(Plan plan, IReadOnlyCollection<UnitReplica> units)
    {
        var items = plan.Items.Where(i => !i.IsGroup).ToList();
        var sections = plan.Sections.OrderBy(s => s.Order)
            .Select(s => new SectionProgress(s.Code, s.Title, Figures(items.Where(i => i.SectionCode == s.Code))))
            .ToList();
        var byUnit = units.Where(u => u.IsActive)
            .Select(u => new UnitProgress(u.Code, u.Name, Figures(items.Where(i => UnitAssignments.Expand(i.LeadUnits, units).Contains(u.Code)))))
            .Where(u => u.Figures.Items > 0)
            .OrderBy(u => u.Code)
            .ToList();
        return new PlanProgress(Figures(items), sections, byUnit);
    }

    public static ProgressFigures Figures(IEnumerable<PlanItem> items)
    {
        var list = items.ToList();
        var counted = list.Where(i => i.Status != ItemStatus.Cancelled).ToList();
        var weight = counted.Sum(i => i.Weight);
        var percent = weight == 0 ? 0 : Math.Round(counted.Sum(i => (double)i.Weight * i.Percent) / weight, 1);
        int Count(ItemStatus status) => list.Count(i => i.Status == status);
        return new ProgressFigures(list.Count, Count(ItemStatus.Completed), Count(ItemStatus.CompletedLate), Count(ItemStatus.InProgress),
            Count(ItemStatus.NotStarted), Count(ItemStatus.Overdue), Count(ItemStatus.Cancelled), percent);
    }
}
