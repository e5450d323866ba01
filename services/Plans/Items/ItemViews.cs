using VanPhong.Plans.Model;
using VanPhong.Plans.Units;

namespace VanPhong.Plans.Items;

public sealed record UnitAssignmentView(string Ref, string Name);

public sealed record TimeframeView(string Kind, DateOnly? StartOn, DateOnly? DueOn, bool QuarterlyCheckIns, string? RelativeRule, string? Note,
    bool NeedsDate = false, DueDateSetView? DueSet = null);

/// <summary>A due date a person set for a task whose timeframe names none: by whom, when, on what basis.</summary>
public sealed record DueDateSetView(string By, DateTime At, string Reason);

public sealed record TargetView(string Metric, string Description, double Target, string Unit, double? Actual, DateOnly? ActualAsOf, bool? Met);

public sealed record ItemView(
    Guid Id,
    string Code,
    string? ParentCode,
    bool IsGroup,
    string SectionCode,
    string Content,
    string? Timeframe,
    TimeframeView Interpreted,
    string? LeadUnitsText,
    IReadOnlyList<UnitAssignmentView> LeadUnits,
    string? CoordinatingUnitsText,
    IReadOnlyList<UnitAssignmentView> CoordinatingUnits,
    string? ExpectedResult,
    string Status,
    int Percent,
    int Weight,
    DateOnly? DueOn,
    DateOnly? NextCheckInOn,
    DateOnly? CompletedOn,
    DateOnly? LastReportedOn,
    string? CancelReason,
    string? ReviewNote,
    IReadOnlyList<TargetView> Targets,
    int Version);

public static class ItemViews
{
    public static ItemView View(this PlanItem item, IReadOnlyCollection<UnitReplica> units) => new(
        item.Id,
        item.Code,
        item.ParentCode,
        item.IsGroup,
        item.SectionCode,
        item.Content,
        item.TimeframeText,
        new TimeframeView(
            item.TimeframeKind.ToString(),
            item.StartOn,
            item.DueOn,
            item.QuarterlyCheckIns,
            item.RelativeTrigger is null ? null : $"{item.RelativeDays} {(item.RelativeWorkingDays ? "ngày làm việc" : "ngày")} kể từ {(item.RelativeTrigger == Timeframes.RelativeTrigger.ProcedurePublished ? "ngày công bố TTHC" : "ngày ban hành quyết định phê duyệt quy trình nội bộ")}",
            item.TimeframeNote,
            item.NeedsDate,
            item.DueSetAt is { } at ? new DueDateSetView(item.DueSetBy!, at, item.DueSetReason!) : null),
        item.LeadUnitsText,
        item.LeadUnits.Select(r => new UnitAssignmentView(r, UnitAssignments.Describe(r, units))).ToList(),
        item.CoordinatingUnitsText,
        item.CoordinatingUnits.Select(r => new UnitAssignmentView(r, UnitAssignments.Describe(r, units))).ToList(),
        item.ExpectedResult,
        item.Status.ToString(),
        item.Percent,
        item.Weight,
        item.DueOn,
        item.NextCheckInOn,
        item.CompletedOn,
        item.LastReportedOn,
        item.CancelReason,
        item.ReviewNote,
        item.Targets.Select(t => new TargetView(t.Metric, t.Description, t.TargetValue, t.Unit, t.ActualValue, t.ActualAsOf, t.Met)).ToList(),
        item.Version);
}
