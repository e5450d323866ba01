namespace VanPhong.Web.Backend;

// What the pages read from the services: the JSON the services' APIs return, as much of it as the pages show.

// Feedback (PAKN)



































// Catalog
public sealed record SearchHit(string Code, string Name, string Sector, string OnlineLevel, string OnlineLevelName, bool OneStop, string ProcessingTime, bool IsSample, string NameLanguage = "vi");

public sealed record SearchPage(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Items);

public sealed record SectorCount(string Sector, string Name, int Procedures);

public sealed record DueDate(DateOnly SubmittedOn, DateOnly ResultDueOn, bool CalendarEstimated, string Note);

public sealed record PublicFee(string Name, long Amount, string? Note, string? AmountText = null);

public sealed record DeliveryMethods(bool Direct, bool Postal, bool Online);

public sealed record DossierComponent(string Name, int Originals, int Copies, bool Mandatory, string? FormTemplate);

public sealed record LegalBasis(string Number, DateOnly? Date, string Issuer, string Title);

public sealed record PublicProcedure(
    string Code, string Name, string Sector, string Level, string ImplementingAgency, string Applicants, string? Conditions,
    IReadOnlyList<string> Steps, string Methods, DeliveryMethods DeliveryMethods, IReadOnlyList<DossierComponent> Dossier,
    int ProcessingDays, bool WorkingDays, string ProcessingTime, DueDate DueIfSubmittedToday,
    IReadOnlyList<PublicFee> Fees, long TotalFees, string? FeeExemptions, string Result, IReadOnlyList<LegalBasis> LegalBases,
    string OnlineLevel, string OnlineLevelName, string? OnlineServiceUrl, bool PostalService, bool OnlinePayment, bool OneStop, string Place,
    string DecisionNumber, DateOnly EffectiveFrom, bool IsSample,
    string Language = "vi", IReadOnlyList<string>? Untranslated = null, int? EnglishTranslatesVersion = null, bool EnglishOutdated = false,
    string? TotalFeesText = null, string? EffectiveFromText = null, string? ResultDueOnText = null, string? NameVi = null)
{
    /// <summary>Whether the field (a JSON path: "applicants", "steps[2]", "fees[0].name") is still in Vietnamese for an English reader.</summary>
    public bool IsVietnamese(string field) => Untranslated?.Contains(field) == true;
}

// Plans





























// Reports
public sealed record ReportPeriod(string Kind, int Year, int Number, DateOnly From, DateOnly To, DateOnly DueOn, string Title);

public sealed record ReportSummary(Guid Id, string Kind, int Year, int Number, DateOnly From, DateOnly To, int Version, string Status,
    DateTime GeneratedAt, string GeneratedBy, DateTime? FrozenAt, string? FrozenBy, string? DocumentNumber);

public sealed record Kpi(string Key, string Name, int Numerator, int Denominator, double? Value, double Target, bool? Met, string Basis);

public sealed record UnitScore(string Unit, string Name, int ItemsDue, int ItemsOnTime, int ItemsLate, int ItemsOverdue,
    int FeedbackAnswered, int FeedbackOnTime, int FeedbackOverdue, double? PlanRate, double? FeedbackRate, double? Score, string Rating);

public sealed record Scorecard(string Method, IReadOnlyList<UnitScore> Units);

public sealed record ReportContentView(ReportPeriod Period, DateTime GeneratedAt, bool ContainsSampleData, IReadOnlyList<Kpi> Kpis, Scorecard Scorecard);

public sealed record PeriodicReport(ReportSummary Report, ReportContentView Content, string? Difficulties = null);

public sealed record KpiRecord(string Key, string Label, int Numerator, int Denominator, string? Detail);

public sealed record DrillDown(string Kpi, string Name, ReportPeriod Period, int Numerator, int Denominator, IReadOnlyList<KpiRecord> Records);

// Identity
public sealed record UnitView(string Code, string Name, string Kind, string? Email, bool IsActive);

// Catalog (staff)
public sealed record ProcedureRow(string Code, string Name, string Sector, string OnlineLevel, bool OneStop, int ProcessingDays, string Status, int Version, bool IsSample);

public sealed record VersionSummary(int Number, string Change, string DecisionNumber, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

public sealed record ProcedureStaffView(string Code, string Status, bool IsSample, string? HandlingUnit, IReadOnlyList<VersionSummary> Versions);

public sealed record FieldChange(string Field, string Label, System.Text.Json.JsonElement? Before, System.Text.Json.JsonElement? After);

public sealed record DiffView(string Code, int From, int To, IReadOnlyList<FieldChange> Changes);

public sealed record InternalProcedureRow(string ProcedureCode, string ProcedureName, string Status, double TotalWorkingDays, int LegalWorkingDays,
    string PublicationDecisionNumber, DateOnly PublishedOn, DateOnly SubmitDueOn, DateOnly? SubmittedOn, bool SubmitLate,
    string? ApprovalDecisionNumber, DateOnly? ApprovedOn, DateOnly? ElectronicDueOn, DateOnly? ElectronicUpdatedOn, bool ElectronicLate);

// Reports (live figures for the KPI dashboard)
public sealed record FeedbackFigures(int Received, IReadOnlyDictionary<string, int> ByChannel, int Handled, int Answered, int AnsweredOnTime, int AnsweredLate,
    int NotAcceptedOrTransferred, int BeingHandled, int Overdue, int Published);

public sealed record ProgressRow(string Code, string Name, int Items, int Completed, int CompletedLate, int InProgress, int Overdue, int NotStarted, double Percent);

public sealed record PlanFigures(int Year, ProgressRow Total, IReadOnlyList<ProgressRow> BySection, IReadOnlyList<ProgressRow> ByUnit, int Cancelled);

public sealed record DossierTotals(string Sector, int ReceivedTotal, int Online, int Direct, int Postal, int CarriedOver, int ResolvedTotal, int Early, int OnTime, int Late,
    int PendingTotal, int PendingWithin, int PendingOverdue, int DigitisedDossiers, int DigitisedResults);

public sealed record DossierFiguresView(DossierTotals Total, double? OnlineRate, double? OnTimeRate, double? DigitisedDossierRate, double? DigitisedResultRate, int Procedures);

public sealed record LiveReport(ReportPeriod Period, DateTime GeneratedAt, bool ContainsSampleData, FeedbackFigures Feedback, PlanFigures Plan, DossierFiguresView Dossiers,
    IReadOnlyList<Kpi> Kpis, ServiceIndexView? ServiceIndex = null);

/// <summary>An indicator of the QĐ 766 index: formula, source, rate and points, or why the Board's data cannot compute it.</summary>
public sealed record IndexIndicatorView(string Code, string Name, string Formula, string Source, double MaxPoints, int? Numerator, int? Denominator, double? Rate, double? Points, string? NotComputable);

public sealed record IndexGroupView(int Number, string Name, double MaxPoints, double? Points, double ComputableMax, IReadOnlyList<IndexIndicatorView> Indicators);

public sealed record ServiceIndexView(double MaxPoints, double Points, double ComputableMax, double? Percent, IReadOnlyList<IndexGroupView> Groups, string Method);

/// <summary>Kết quả đánh giá việc giải quyết TTHC of a quarter (TT 01/2018 Art. 15), as published: figures only.</summary>
public sealed record IndicatorScoreView(int Number, string Name, double? Score, int Dossiers, string Basis);

public sealed record EvaluationGroupView(string Key, string Name, int Resolved, int Evaluated, IReadOnlyList<IndicatorScoreView> Indicators, double Total, string StaffClass);

public sealed record EvaluationResultView(ReportPeriod Period, int Resolved, int Evaluated, IReadOnlyList<IndicatorScoreView> Board, double Total, string Classification,
    IReadOnlyList<EvaluationGroupView> ByProcedure, IReadOnlyList<EvaluationGroupView> ByUnit, IReadOnlyList<string> NotScored, string Method);

public sealed record DecisionView(Guid Id, string Number, DateOnly Date, string Signer, string Issuer, DateOnly EffectiveDate, string? Title, string Status, DateTime? AppliedAt,
    int New, int Amended, int Abolished, int OpenFlags = 0, string? SourceFileName = null);

/// <summary>Everything the catalog holds about a procedure in a decision, kept whole so a correction loses nothing.</summary>
public sealed record DecisionContent(
    string Name, string? NameEn, string Sector, string Level, string ImplementingAgency, string Applicants, string? Conditions,
    IReadOnlyList<string> Steps, DeliveryMethods Methods, IReadOnlyList<DossierComponent> Dossier, int ProcessingDays, bool WorkingDays,
    IReadOnlyList<PublicFee> Fees, string? FeeExemptions, string Result, IReadOnlyList<LegalBasis> LegalBases, string OnlineLevel,
    bool PostalService, bool OnlinePayment, bool OneStop, string Place);

public sealed record DecisionItemView(string Change, string Code, DecisionContent? Content);

/// <summary>What the reading of a decision document could not read or found contradictory, and what the office did about it.</summary>
public sealed record DecisionFlagView(int Id, string Field, string? Procedure, int? Line, string? Text, string Message, string Status);

public sealed record DecisionDraft(Guid Id, string Number, DateOnly Date, string Signer, string Issuer, DateOnly EffectiveDate, string? Title, string Status, DateTime? AppliedAt,
    int New, int Amended, int Abolished, IReadOnlyList<DecisionItemView> Items, IReadOnlyList<DecisionFlagView> Flags, int OpenFlags, string? SourceFileName, string? SourceKind);

public sealed record CostInputs(double ProcessingWorkingDays, double PreparationHours, double OtherHours, long FeesPerDossier, long OtherCostsPerDossier, int DossiersPerYear);

public sealed record CostResult(double Hours, long PerDossier, long PerYear);

public sealed record CostComparison(CostResult Before, CostResult After, long SavingPerYear, double SavingRate);

public sealed record CostView(CostComparison Comparison, double HoursPerWorkingDay, long HourlyIncome, string Source, string Formula);

public sealed record ReviewRow(Guid Id, string ProcedureCode, int Year, string Status, CostView Cost, string? PlanItemCode, IReadOnlyList<string> FeedbackCodes, DateTime CreatedAt, DateTime? ProposedAt);
