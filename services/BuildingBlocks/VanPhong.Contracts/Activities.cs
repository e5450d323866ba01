namespace VanPhong.Contracts;

// Events of the records behind the plan's tasks (the plan registry). Each carries the whole record as it now stands
// and the record's Version after the change: a consumer keeps the highest version it has seen, whatever order the
// events arrive in. PlanItemCode is the plan item the record carries out ("I.1"), when the office named one.
// No person's name or phone travels in them: reporting counts, it does not need to know who.

/// <summary>Đánh giá tác động TTHC trong dự thảo văn bản QPPL (plan I.1): recorded or corrected.</summary>
public sealed record ImpactAssessmentRecorded(
    Guid AssessmentId,
    string DraftDocument,
    IReadOnlyList<string> ProcedureCodes,
    bool FormFiled,
    DateOnly AssessedOn,
    string? Result,
    string? PlanItemCode,
    int Version = 0);

/// <summary>One follow-up action of an inspection, with its due date and the day it was done.</summary>
public sealed record InspectionFollowUpSnapshot(string Action, DateOnly DueOn, DateOnly? DoneOn);

/// <summary>Kiểm tra công tác kiểm soát TTHC (plan IV.1), planned or ad hoc: recorded or corrected.</summary>
public sealed record InspectionRecorded(
    Guid InspectionId,
    bool Planned,
    string InspectingBody,
    string InspectedUnit,
    DateOnly InspectedOn,
    bool HasFindings,
    IReadOnlyList<InspectionFollowUpSnapshot> FollowUps,
    string? PlanItemCode,
    int Version = 0);

/// <summary>A person's assignment to the one-stop desk (Bộ phận Một cửa, plan III.5): its sectors and its dates.</summary>
public sealed record OneStopDeskAssignmentRecorded(
    Guid AssignmentId,
    IReadOnlyList<string> Sectors,
    DateOnly AssignedFrom,
    DateOnly? AssignedTo,
    string? PlanItemCode,
    int Version = 0);

/// <summary>A proposal of a group of linked procedures (nhóm TTHC liên thông, plan V.2): proposed, accepted or rejected.</summary>
public sealed record LinkedGroupProposalRecorded(
    Guid ProposalId,
    string GroupName,
    IReadOnlyList<string> ProcedureCodes,
    IReadOnlyList<string> Agencies,
    DateOnly ProposedOn,
    string Status,
    string? DecisionNumber,
    DateOnly? DecidedOn,
    string? PlanItemCode,
    int Version = 0);

/// <summary>A communication or training activity (truyền thông, tuyên truyền, tập huấn; plan VII).</summary>
public sealed record CommunicationActivityRecorded(
    Guid ActivityId,
    string Kind,
    string Title,
    DateOnly HeldOn,
    string? Channel,
    int? Participants,
    string? UnitCode,
    string? PlanItemCode,
    int Version = 0);

/// <summary>The kinds of <see cref="CommunicationActivityRecorded"/>.</summary>
public static class CommunicationKinds
{
    /// <summary>Truyền thông: news, articles, posts.</summary>
    public const string Communication = "Communication";

    /// <summary>Tuyên truyền: campaigns, notices, meetings with businesses.</summary>
    public const string Outreach = "Outreach";

    /// <summary>Tập huấn: training of staff.</summary>
    public const string Training = "Training";

    public static readonly string[] All = [Communication, Outreach, Training];
}

/// <summary>The states of a <see cref="LinkedGroupProposalRecorded"/>.</summary>
public static class LinkedGroupStatuses
{
    public const string Proposed = "Proposed";
    public const string Accepted = "Accepted";
    public const string Rejected = "Rejected";
}
