using VanPhong.Contracts;
using VanPhong.Persistence;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.Inspections;

/// <summary>A follow-up action an inspection asked for (kiến nghị, yêu cầu khắc phục), due by a day, done on a day.</summary>
public sealed record FollowUp(string Action, DateOnly DueOn, DateOnly? DoneOn);

public sealed record InspectionFields(bool Planned, string InspectingBody, string InspectedUnit, DateOnly InspectedOn, string? Findings, List<FollowUp> FollowUps);

/// <summary>
/// Kiểm tra công tác kiểm soát TTHC (plan IV.1): planned (theo kế hoạch) or ad hoc (đột xuất), by which body, of which
/// unit, on which day, what it found and the follow-up actions with their due and done dates.
/// </summary>
public sealed class Inspection : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

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

    public Guid? PlanItemId { get; private set; }

    public string? PlanItemCode { get; private set; }

    public int Version { get; private set; } = 1;

    public static (Inspection Record, InspectionRecorded Event) Create(InspectionFields fields, PlanLink link)
    {
        var record = new Inspection();
        return (record, record.Apply(fields, link));
    }

    public InspectionRecorded Change(InspectionFields fields, PlanLink link)
    {
        Version++;
        return Apply(fields, link);
    }

    private InspectionRecorded Apply(InspectionFields f, PlanLink link)
    {
        (Planned, InspectingBody, InspectedUnit, InspectedOn, Findings, FollowUps) = (f.Planned, f.InspectingBody, f.InspectedUnit, f.InspectedOn, f.Findings, f.FollowUps);
        (PlanItemId, PlanItemCode) = (link.ItemId, link.ItemCode);
        return new InspectionRecorded(Id, Planned, InspectingBody, InspectedUnit, InspectedOn, Findings is not null,
            FollowUps.Select(u => new InspectionFollowUpSnapshot(u.Action, u.DueOn, u.DoneOn)).ToList(), PlanItemCode, Version);
    }
}
