using VanPhong.Reporting.Periods;

namespace VanPhong.Reporting.Reports;

// The periodic report on TTHC control, one-stop and electronic processing (TT 01/2020/TT-VPCP, plan section VIII),
// as stored when generated. Every figure is here; the exports only lay it out.

public sealed record ReportContent(
    ReportPeriod Period,
    DateTime GeneratedAt,
    bool ContainsSampleData,
    CatalogSection Catalog,
    DossierSection Dossiers,
    FeedbackSection Feedback,
    PlanSection Plan,
    IReadOnlyList<ProvincialPlanRow> ProvincialPlans,
    ReviewSection Reviews,
    IReadOnlyList<Kpi> Kpis,
    Scorecard Scorecard,
    ActivitySections? Activities = null,

    Evaluations.EvaluationResult? Evaluations = null,
    ServiceQuality.ServiceIndex? ServiceIndex = null);

/// <summary>TTHC published in the period and the catalog as it stood on the cut-off day.</summary>
public sealed record CatalogSection(
    int PublishedNew, int PublishedAmended, int PublishedAbolished, IReadOnlyList<string> PublicationDecisions,
    int InForce, int WithInternalProcedure, int InternalApprovedInPeriod, int ElectronicUpdatedInPeriod,
    int OneStop, int OnlineFull, int OnlinePartial, int Postal, int OnlinePayment,
    IReadOnlyList<SectorRow> BySector);

public sealed record SectorRow(string Sector, int Procedures, int PublishedInPeriod, int WithInternalProcedure, int OneStop, int OnlineFull, int OnlinePartial);

/// <summary>Biểu 06/VPCP/KSTT: dossiers received, resolved and pending, by sector, with the rates.</summary>
/// <remarks>
/// <see cref="Source"/> says where the figures come from (<see cref="DossierSources"/>); from per-dossier records the
/// digitised-result rate is unknown (the export does not say it) and <see cref="Records"/> holds the breakdowns, the late
/// dossiers with an apology letter and the evaluations of the period.
/// </remarks>
public sealed record DossierSection(
    IReadOnlyList<DossierFigures> BySector, DossierFigures Total, double? OnlineRate, double? OnTimeRate, double? DigitisedDossierRate, double? DigitisedResultRate, int Procedures,
    string? Source = null, Dossiers.DossierBreakdown? Records = null);

public static class DossierSources
{
    public const string Records = "records";
    public const string Aggregate = "aggregate";
    public const string None = "none";
}

public sealed record DossierFigures(
    string Sector, int ReceivedTotal, int Online, int Direct, int Postal, int CarriedOver,
    int ResolvedTotal, int Early, int OnTime, int Late, int PendingTotal, int PendingWithin, int PendingOverdue,
    int DigitisedDossiers, int DigitisedResults);

/// <summary>PAKN: received (by channel), handled, on time, late, still being handled and overdue at the cut-off, published.</summary>
public sealed record FeedbackSection(
    int Received, IReadOnlyDictionary<string, int> ByChannel, int Handled, int Answered, int AnsweredOnTime, int AnsweredLate,
    int NotAcceptedOrTransferred, int BeingHandled, int Overdue, int Published);

/// <summary>The progress of the year's plan, by section and by lead unit.</summary>
public sealed record PlanSection(int Year, ProgressRow Total, IReadOnlyList<ProgressRow> BySection, IReadOnlyList<ProgressRow> ByUnit, int Cancelled);

public sealed record ProgressRow(string Code, string Name, int Items, int Completed, int CompletedLate, int InProgress, int Overdue, int NotStarted, double Percent);

/// <summary>A provincial plan the seed asks to report on, with the items of our plan that carry it out.</summary>
public sealed record ProvincialPlanRow(string Reference, string Subject, IReadOnlyList<string> Items, int Completed, int Total, double Percent);

/// <param name="Trail">The proposals made or carried out in the period, each from the PAKN that prompted it to the decision and the
/// procedure version that carried it out (null in a report generated before the trail existed).</param>
public sealed record ReviewSection(int Proposals, long CostBeforePerYear, long CostAfterPerYear, long SavingPerYear,
    IReadOnlyList<SimplificationTrailRow>? Trail = null, int CarriedOut = 0);

/// <summary>One proposal's trail: PAKN → proposal → plan item → publication decision → procedure version.</summary>
public sealed record SimplificationTrailRow(string ProcedureCode, DateOnly? ProposedOn, IReadOnlyList<string> FeedbackCodes, string? PlanItemCode,
    long SavingPerYear, string? DecisionNumber, DateOnly? CarriedOutOn, int? ProcedureVersion, string? Change);

/// <summary>A KPI against its target; <see cref="Value"/> is null when there is nothing to measure.</summary>
public sealed record Kpi(string Key, string Name, int Numerator, int Denominator, double? Value, double Target, bool? Met, string Basis);

public sealed record Scorecard(string Method, IReadOnlyList<UnitScore> Units);

public sealed record UnitScore(
    string Unit, string Name, int ItemsDue, int ItemsOnTime, int ItemsLate, int ItemsOverdue,
    int FeedbackAnswered, int FeedbackOnTime, int FeedbackOverdue, double? PlanRate, double? FeedbackRate, double? Score, string Rating,
    int DossiersResolved = 0, int DossiersOnTime = 0, double? DossierRate = null, int DossiersEvaluated = 0, double? EvaluationRate = null);

/// <summary>One record behind a KPI: how much it adds to the numerator and the denominator.</summary>
public sealed record KpiRecord(string Key, string Label, int Numerator, int Denominator, string? Detail);

// The sections fed by the records behind the plan's tasks (plan I.1, III.5, IV.1, V.2, VII). Null in a report
// generated before these records existed: such a report reads and exports as it did.

public sealed record ActivitySections(
    ImpactAssessmentSection ImpactAssessments, InspectionSection Inspections, DeskSection OneStopDesk, LinkedGroupSection LinkedGroups, CommunicationSection Communications);

/// <summary>Đánh giá tác động TTHC in draft legal documents assessed in the period.</summary>
public sealed record ImpactAssessmentSection(int Assessments, int Drafts, int ProceduresAssessed, int FormsFiled, IReadOnlyList<ImpactAssessmentRow> Rows);

public sealed record ImpactAssessmentRow(string DraftDocument, DateOnly AssessedOn, int Procedures, bool FormFiled);

/// <summary>Inspections held in the period, and their follow-up actions as they stood at the cut-off.</summary>
public sealed record InspectionSection(
    int Inspections, int Planned, int AdHoc, int WithFindings, int FollowUps, int FollowUpsDone, int FollowUpsOverdue, IReadOnlyList<InspectionRow> Rows);

public sealed record InspectionRow(DateOnly InspectedOn, bool Planned, string InspectingBody, string InspectedUnit, bool HasFindings, int FollowUps, int Done, int Overdue);

/// <summary>The one-stop desk's staff assigned at the cut-off, by sector (a person with two sectors counts in both rows).</summary>
public sealed record DeskSection(int StaffAssigned, IReadOnlyList<SectorCount> BySector);

public sealed record SectorCount(string Sector, int Staff);

/// <summary>Proposals of linked procedure groups made or decided in the period, and those still awaiting the province at the cut-off.</summary>
public sealed record LinkedGroupSection(int Proposed, int Accepted, int Rejected, int Pending, IReadOnlyList<LinkedGroupRow> Rows);

public sealed record LinkedGroupRow(string GroupName, int Procedures, string Agencies, DateOnly ProposedOn, string Status, string? DecisionNumber, DateOnly? DecidedOn);

/// <summary>Communication and training activities held in the period, with their participants.</summary>
public sealed record CommunicationSection(int Activities, int Participants, IReadOnlyList<CommunicationKindRow> ByKind);

public sealed record CommunicationKindRow(string Kind, int Activities, int Participants);
