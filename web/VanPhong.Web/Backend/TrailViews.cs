namespace VanPhong.Web.Backend;

// The trail from a PAKN to the procedure it changed, and the public statistics, as the services answer them.













public sealed record PublicFeedbackFigures(int Received, int Answered, int AnsweredOnTime, int AnsweredLate, int Published, double? OnTimeRate);

public sealed record PublicDossierTotals(int Received, int Online, int Resolved, int OnTimeOrEarly, int Late, double? OnTimeRate, double? OnlineRate, string Source);

public sealed record KpiFigure(string Key, string Name, double? Value, double Target, bool? Met, int Numerator, int Denominator);

public sealed record QuarterStatistics(int Year, int Quarter, string Title, DateOnly From, DateOnly To, bool Official, string? DocumentNumber, DateTime FiguresAt,
    bool ContainsSampleData, PublicFeedbackFigures Feedback, PublicDossierTotals Dossiers, IReadOnlyList<KpiFigure> Kpis);

public sealed record YearStatistics(int Year, DateTimeOffset DataAsOf, IReadOnlyList<QuarterStatistics> Quarters);
