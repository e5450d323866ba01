namespace VanPhong.Web.Backend;

// What PlansClient returns: the JSON of the plan registry's API, as much of it as the pages show.

public sealed record ProgressFigures(int Items, int Completed, int CompletedLate, int InProgress, int NotStarted, int Overdue, int Cancelled, double Percent);

public sealed record UnitProgress(string Code, string Name, ProgressFigures Figures);

public sealed record PublicPlanSummary(int Year, string Title, string? DecisionNumber, DateOnly? IssuedOn, double Percent);

public sealed record PublicItem(string Code, string? ParentCode, bool IsGroup, string Content, string? Timeframe, string? LeadUnits, string? ExpectedResult, string Status, int Percent, DateOnly? DueOn, DateOnly? CompletedOn);

public sealed record PublicSection(string Code, string Title, ProgressFigures Progress, IReadOnlyList<PublicItem> Items);

public sealed record PublicPlan(int Year, string Title, string? DecisionNumber, DateOnly? IssuedOn, ProgressFigures Progress, IReadOnlyList<PublicSection> Sections, IReadOnlyList<UnitProgress> Units);

public sealed record PlanSummary(Guid Id, int Year, string Title, string? DecisionNumber, DateOnly? DecisionDate, string Status, DateOnly? IssuedOn, int Items, double Percent);

public sealed record ItemView(Guid Id, string Code, string? ParentCode, bool IsGroup, string SectionCode, string Content, string? Timeframe, string? LeadUnitsText,
    string? CoordinatingUnitsText, string? ExpectedResult, string Status, int Percent, DateOnly? DueOn, DateOnly? NextCheckInOn, DateOnly? CompletedOn, DateOnly? LastReportedOn,
    ItemTimeframe? Interpreted = null);

/// <summary>How the plan registry understood an item's timeframe, and whether it still waits for a date.</summary>
public sealed record ItemTimeframe(string Kind, string? Note, bool NeedsDate, DueDateSet? DueSet);

public sealed record DueDateSet(string By, DateTime At, string Reason);

public sealed record ReportView(Guid Id, string Kind, string UnitCode, string ReportedBy, DateTime ReportedAt, int? Percent, string? Status, string Narrative,
    string? EvidenceNumber, DateOnly? EvidenceDate, string? EvidenceDescription, Guid? EvidenceFileId);

public sealed record ItemDetail(ItemView Item, IReadOnlyList<ReportView> Reports, IReadOnlyList<LinkedRecord>? Records = null);

/// <summary>A record behind a plan item (impact assessment, inspection, desk assignment, linked group, communication).</summary>
public sealed record LinkedRecord(string Kind, Guid Id, DateOnly On, string Summary);

/// <summary>A member of the one-stop desk's staff as the public page shows them.</summary>
public sealed record PublicDeskMember(string FullName, string Title, IReadOnlyList<string> Sectors, string WorkPhone);

public sealed record UrgingRow(ItemView Item, Guid PlanId, int Year, string Situation, DateOnly? DueOn);

public sealed record PlanSection(string Code, string Title);

public sealed record PlanDetail(Guid Id, int Year, string Title, long Budget, string Status, IReadOnlyList<PlanSection> Sections, IReadOnlyList<ItemView> Items);

public sealed record SpendingEntry(Guid Id, Guid? ItemId, string? ItemCode, long Amount, DateOnly SpentOn, string Description, string? DocumentNumber);

public sealed record PlanBudget(long Budget, long Spent, long Remaining, IReadOnlyList<SpendingEntry> Entries, int Version);
