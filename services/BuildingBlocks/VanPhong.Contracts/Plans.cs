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
