namespace VanPhong.Contracts;

// Events of the plan registry. Unit references are the plan's own: unit codes ("VP", "MC") or the groups
// "@divisions" (every specialised division) and "@all" (every unit), resolved by each consumer against its units.
// Version is the item's version after the change: a consumer keeps the state of the highest version it has seen,
// whatever order the events arrive in (0 on events recorded before versions existed).

/// <summary>One work item of a plan as reporting needs it.</summary>
public sealed record PlanItemSnapshot(
    Guid ItemId,
    string Code,
    string SectionCode,
    string SectionTitle,
    IReadOnlyList<string> LeadUnits,
    DateOnly? DueOn,
    int Weight,
    string Status,
    int Percent,
    int Version = 0);

/// <summary>A plan was issued (ban hành): its items from now on are tracked.</summary>
public sealed record PlanIssued(Guid PlanId, int Year, string Title, string? DecisionNumber, DateOnly IssuedOn, IReadOnlyList<PlanItemSnapshot> Items);

/// <summary>An item was added to a plan already issued (the items it was issued with came in <see cref="PlanIssued"/>).</summary>
public sealed record PlanItemAdded(Guid PlanId, int Year, PlanItemSnapshot Item);

/// <summary>A lead unit reported progress on an item (or a coordinating unit contributed).</summary>
public sealed record PlanItemProgressReported(Guid PlanId, Guid ItemId, int Year, string Code, string SectionCode, string UnitCode, int Percent, string Status, DateOnly ReportedOn, int Version = 0);

/// <summary>An item was completed with evidence; Late when after its due date.</summary>
public sealed record PlanItemCompleted(Guid PlanId, Guid ItemId, int Year, string Code, string SectionCode, IReadOnlyList<string> LeadUnits, DateOnly CompletedOn, DateOnly? DueOn, bool Late, int Version = 0);

/// <summary>An item (or an obligation or quarterly check-in of it) is approaching its due date.</summary>
public sealed record PlanItemDueSoon(Guid PlanId, Guid ItemId, int Year, string Code, IReadOnlyList<string> LeadUnits, DateOnly DueOn, string Kind, int Version = 0);

/// <summary>An item (or an obligation or quarterly check-in of it) passed its due date unfinished.</summary>
public sealed record PlanItemOverdue(Guid PlanId, Guid ItemId, int Year, string Code, IReadOnlyList<string> LeadUnits, DateOnly DueOn, string Kind, int Version = 0);

/// <summary>An item was cancelled, with its reason: it no longer counts in progress.</summary>
public sealed record PlanItemCancelled(Guid PlanId, Guid ItemId, int Year, string Code, string Reason, DateOnly CancelledOn, int Version = 0);

/// <summary>
/// The office set the due date of a task whose timeframe names none ("Theo tiến độ của tỉnh"), on an issued plan or
/// before issue. <see cref="Version"/> is the item's: the highest one wins whatever order the events arrive in.
/// </summary>
public sealed record PlanItemDueDateSet(Guid PlanId, Guid ItemId, int Year, string Code, IReadOnlyList<string> LeadUnits, DateOnly DueOn, int Version = 0);

/// <summary>The <see cref="PlanItemSnapshot.Status"/> of an item, as it is serialised (the plan registry's item states).</summary>
public static class PlanItemStatuses
{
    public const string NotStarted = "NotStarted";
    public const string InProgress = "InProgress";
    public const string Completed = "Completed";
    public const string CompletedLate = "CompletedLate";
    public const string Overdue = "Overdue";
    public const string Cancelled = "Cancelled";
}

/// <summary>
/// The unit groups a plan names instead of codes, resolved by each service against the units it knows, so a division
/// added later is included without editing the plan.
/// </summary>
public static class UnitGroups
{
    /// <summary>Every specialised division (phòng chuyên môn) that handles procedures.</summary>
    public const string Divisions = "@divisions";

    /// <summary>Every unit of the Board but its leadership.</summary>
    public const string All = "@all";

    /// <summary>The unit codes that <paramref name="references"/> (codes or groups) stand for among <paramref name="units"/>, each once, in the units' order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> references, IEnumerable<UnitEntry> units)
    {
        var known = units.ToList();
        return references.SelectMany(r => r switch
        {
            Divisions => known.Where(u => u.IsActive && u.Kind == UnitKinds.Division).Select(u => u.Code),
            All => known.Where(u => u.IsActive && u.Kind != UnitKinds.Leadership).Select(u => u.Code),
            _ => [r],
        }).Distinct().ToList();
    }
}

/// <summary>What <see cref="UnitGroups.Expand"/> needs to know of a unit.</summary>
public readonly record struct UnitEntry(string Code, string Kind, bool IsActive);
