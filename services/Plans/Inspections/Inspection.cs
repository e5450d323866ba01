using VanPhong.Contracts;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.Inspections;

/// <summary>A follow-up action an inspection asked for (kiến nghị, yêu cầu khắc phục), due by a day, done on a day.</summary>
public sealed record FollowUp(string Action, DateOnly DueOn, DateOnly? DoneOn);

public sealed record InspectionFields(bool Planned, string InspectingBody, string InspectedUnit, DateOnly InspectedOn, string? Findings, List<FollowUp> FollowUps);

/// <summary>
/// Kiểm tra công tác kiểm soát TTHC (plan IV.1): planned (theo kế hoạch) or ad hoc (đột xuất), by which body, of which
/// unit, on which day, what it found and the follow-up actions with their due and done dates.
/// </summary>
public sealed class Inspection : PlanTaskRecord<Inspection, InspectionFields, InspectionRecorded>
{
    /// <summary>True for an inspection of the plan, false for an ad hoc one.</summary>
    public bool Planned { get; private set; }

    /// <summary>Cơ quan, đoàn kiểm tra.</summary>
    public string InspectingBody { get; private set; } = "";

    /// <summary>The unit inspected, as a unit code of the Board or the name of an outside body.</summary>
    public string InspectedUnit { get; private set; } = "";

    public DateOnly InspectedOn { get; private set; }

    /// <summary>Kết quả kiểm tra: what was found (null while the minutes are not yet written).</summary>
    public string? Findings { get; private set; }

    public List<FollowUp> FollowUps { get; private set; } = [];

    protected override void Take(InspectionFields f) =>
        (Planned, InspectingBody, InspectedUnit, InspectedOn, Findings, FollowUps) = (f.Planned, f.InspectingBody, f.InspectedUnit, f.InspectedOn, f.Findings, f.FollowUps);

    protected override InspectionRecorded Recorded() =>
        new(Id, Planned, InspectingBody, InspectedUnit, InspectedOn, Findings is not null,
            FollowUps.Select(u => new InspectionFollowUpSnapshot(u.Action, u.DueOn, u.DoneOn)).ToList(), PlanItemCode, Version);
}
