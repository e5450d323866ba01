namespace VanPhong.Reporting.Activities;

// The records behind the plan's tasks as reporting knows them from the plan registry's events: one row per record,
// holding what the highest version said (Version -1 until one arrives). Lists are kept as text joined by a separator
// no code or name of theirs contains.

/// <summary>An impact assessment of TTHC in a draft legal document (plan I.1).</summary>
public sealed class ImpactAssessmentFact
{
    public Guid Id { get; set; }

    public string DraftDocument { get; set; } = "";

    /// <summary>Procedure codes joined by <see cref="ActivityFacts.Separator"/>.</summary>
    public string ProcedureCodes { get; set; } = "";

    public bool FormFiled { get; set; }

    public DateOnly AssessedOn { get; set; }

    public bool HasResult { get; set; }

    public string? PlanItemCode { get; set; }

    public int Version { get; set; } = -1;
}

/// <summary>An inspection (plan IV.1) with its follow-up actions.</summary>
public sealed class InspectionFact
{
    public Guid Id { get; set; }

    public bool Planned { get; set; }

    public string InspectingBody { get; set; } = "";

    public string InspectedUnit { get; set; } = "";

    public DateOnly InspectedOn { get; set; }

    public bool HasFindings { get; set; }

    /// <summary>The follow-ups as JSON (action, due, done).</summary>
    public string FollowUps { get; set; } = "[]";

    public string? PlanItemCode { get; set; }

    public int Version { get; set; } = -1;
}

/// <summary>An assignment to the one-stop desk (plan III.5): sectors and days only — who it is stays in the plan registry.</summary>
public sealed class DeskAssignmentFact
{
    public Guid Id { get; set; }

    public string Sectors { get; set; } = "";

    public DateOnly AssignedFrom { get; set; }

    public DateOnly? AssignedTo { get; set; }

    public int Version { get; set; } = -1;
}

/// <summary>A proposal of a linked procedure group (plan V.2).</summary>
public sealed class LinkedGroupFact
{
    public Guid Id { get; set; }

    public string GroupName { get; set; } = "";

    public int Procedures { get; set; }

    public string Agencies { get; set; } = "";

    public DateOnly ProposedOn { get; set; }

    public string Status { get; set; } = "Proposed";

    public string? DecisionNumber { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public int Version { get; set; } = -1;
}

/// <summary>A communication or training activity (plan VII).</summary>
public sealed class CommunicationFact
{
    public Guid Id { get; set; }

    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public int? Participants { get; set; }

    public string? UnitCode { get; set; }

    public int Version { get; set; } = -1;
}

public static class ActivityFacts
{
    public const char Separator = '\u001F';

    public static string Join(IEnumerable<string> values) => string.Join(Separator, values);

    public static string[] Split(string joined) => joined.Length == 0 ? [] : joined.Split(Separator);
}
