namespace VanPhong.Web.Backend;

// What ReportingClient returns: the JSON of the reporting service's API, as much of it as the pages show.

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

public sealed record DossierRecordsImported(Guid ImportId, string Source, int Rows, int Added, int Updated, int Unchanged);

public sealed record DossierFiguresImported(Guid ImportId, DateOnly From, DateOnly To, string Source, int Rows, int Added, int Replaced, bool Unchanged);

public sealed record PublicFeedbackFigures(int Received, int Answered, int AnsweredOnTime, int AnsweredLate, int Published, double? OnTimeRate);

public sealed record PublicDossierTotals(int Received, int Online, int Resolved, int OnTimeOrEarly, int Late, double? OnTimeRate, double? OnlineRate, string Source);

public sealed record KpiFigure(string Key, string Name, double? Value, double Target, bool? Met, int Numerator, int Denominator);

public sealed record QuarterStatistics(int Year, int Quarter, string Title, DateOnly From, DateOnly To, bool Official, string? DocumentNumber, DateTime FiguresAt,
    bool ContainsSampleData, PublicFeedbackFigures Feedback, PublicDossierTotals Dossiers, IReadOnlyList<KpiFigure> Kpis);

public sealed record YearStatistics(int Year, DateTimeOffset DataAsOf, IReadOnlyList<QuarterStatistics> Quarters);
