using VanPhong.Contracts;
using VanPhong.Plans.SeedTasks;
using VanPhong.Security;

namespace VanPhong.Plans.OneStopDesk;

public sealed record DeskAssignmentFields(string FullName, string Title, List<string> Sectors, string WorkPhone, DateOnly AssignedFrom, DateOnly? AssignedTo);

/// <summary>
/// A person assigned to the one-stop desk (Bộ phận Một cửa, plan III.5): name, title, the sectors they receive dossiers
/// for, the desk's work phone, and the days of the assignment. Name and phone are official-duty contact data the plan
/// requires to be published (III.5: "họ và tên, chức danh, lĩnh vực công tác, số điện thoại") — published while the
/// assignment is current, and still a person's data everywhere else: masked in the audit log, never in an event.
/// </summary>
public sealed class DeskAssignment : PlanTaskRecord<DeskAssignment, DeskAssignmentFields, OneStopDeskAssignmentRecorded>
{
    [PersonalData]
    public string FullName { get; private set; } = "";

    /// <summary>Chức danh.</summary>
    public string Title { get; private set; } = "";

    /// <summary>Lĩnh vực công tác: the sectors of the procedures the person receives.</summary>
    public List<string> Sectors { get; private set; } = [];

    /// <summary>The desk's work phone (never a private number: the plan publishes it).</summary>
    [PersonalData]
    public string WorkPhone { get; private set; } = "";

    public DateOnly AssignedFrom { get; private set; }

    /// <summary>The last day of the assignment; null while it lasts.</summary>
    public DateOnly? AssignedTo { get; private set; }

    public bool IsCurrentOn(DateOnly day) => AssignedFrom <= day && (AssignedTo is null || AssignedTo >= day);

    protected override void Take(DeskAssignmentFields f) =>
        (FullName, Title, Sectors, WorkPhone, AssignedFrom, AssignedTo) = (f.FullName, f.Title, f.Sectors, f.WorkPhone, f.AssignedFrom, f.AssignedTo);

    protected override OneStopDeskAssignmentRecorded Recorded() => new(Id, Sectors, AssignedFrom, AssignedTo, PlanItemCode, Version);
}
