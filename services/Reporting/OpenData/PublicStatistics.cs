using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using VanPhong.Calendar;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Periods;
using VanPhong.Reporting.Reports;

namespace VanPhong.Reporting.OpenData;

public sealed record FeedbackFigures(int Received, int Answered, int AnsweredOnTime, int AnsweredLate, int Published, double? OnTimeRate);

public sealed record DossierTotals(int Received, int Online, int Resolved, int OnTimeOrEarly, int Late, double? OnTimeRate, double? OnlineRate, string Source);

public sealed record KpiFigure(string Key, string Name, double? Value, double Target, bool? Met, int Numerator, int Denominator);

/// <param name="Official">The figures of the report the Board froze and sent for the quarter; otherwise computed now
/// from the read models (provisional: they may still change until the quarter's report is frozen).</param>
public sealed record QuarterStatistics(int Year, int Quarter, string Title, DateOnly From, DateOnly To, bool Official, string? DocumentNumber, DateTime FiguresAt,
    bool ContainsSampleData, FeedbackFigures Feedback, DossierTotals Dossiers, IReadOnlyList<KpiFigure> Kpis);

public sealed record YearStatistics(int Year, DateTimeOffset DataAsOf, IReadOnlyList<QuarterStatistics> Quarters);

/// <summary>
/// The Board's quarterly statistics for the public: PAKN received, answered and answered on time; dossiers resolved on
/// time; the plan's KPIs against its targets. A quarter whose report was frozen shows the frozen figures (what the Board
/// reported to the province); a quarter still open or not yet frozen is computed from the read models and marked
/// provisional. Computed years are kept a minute (and at once replaced when a quarter of the year is frozen), and only the
/// last <see cref="YearsBack"/> years are served, so an anonymous reader cannot make the service rebuild reports on every request.
/// </summary>
public sealed class PublicStatistics(ReportingDb db, PeriodicReportBuilder builder, ReportPeriods periods, TimeProvider clock, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    /// <summary>How many years back the public statistics go (the current year and the ten before it).</summary>
    public const int YearsBack = 10;

    public static bool Serves(int year, DateOnly today) => year >= today.Year - YearsBack && year <= today.Year;

    public async Task<YearStatistics> YearAsync(int year, CancellationToken ct)
    {
        // The latest freeze of the year is part of the key: official figures show as soon as a quarter is frozen.
        var frozenAt = await db.Reports.AsNoTracking()
            .Where(r => r.PeriodKind == PeriodKinds.Quarter && r.Year == year && r.Status == ReportStatus.Frozen)
            .MaxAsync(r => r.FrozenAt, ct);
        return (await cache.GetOrCreateAsync(("public-statistics", year, frozenAt), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            return await ComputeAsync(year, ct);
        }))!;
    }

    private async Task<YearStatistics> ComputeAsync(int year, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var quarters = new List<QuarterStatistics>();
        var frozen = await db.Reports.AsNoTracking()
            .Where(r => r.PeriodKind == PeriodKinds.Quarter && r.Year == year && r.Status == ReportStatus.Frozen).ToListAsync(ct);
        foreach (var period in Enumerable.Range(1, 4).Select(q => periods.Quarter(year, q)).Where(p => p.From <= today))
        {
            var report = frozen.Where(r => r.From == period.From && r.To == period.To).OrderByDescending(r => r.Version).FirstOrDefault();
            var content = report is null ? await builder.BuildAsync(period, ct) : ReportsApi.Content(report);
            quarters.Add(Of(period, content, report));
        }

        return new YearStatistics(year, clock.GetUtcNow(), quarters);
    }

    private static QuarterStatistics Of(ReportPeriod period, ReportContent c, PeriodicReport? report)
    {
        var f = c.Feedback;
        var d = c.Dossiers.Total;
        var received = d.Online + d.Direct + d.Postal;
        return new QuarterStatistics(period.Year, period.Number, period.Title, period.From, period.To, report is not null, report?.DocumentNumber,
            report?.FrozenAt ?? c.GeneratedAt, c.ContainsSampleData,
            new FeedbackFigures(f.Received, f.Answered, f.AnsweredOnTime, f.AnsweredLate, f.Published, ReportSources.Percent(f.AnsweredOnTime, f.Answered)),
            new DossierTotals(received, d.Online, d.ResolvedTotal, d.Early + d.OnTime, d.Late, c.Dossiers.OnTimeRate, c.Dossiers.OnlineRate, c.Dossiers.Source ?? DossierSources.None),
            c.Kpis.Select(k => new KpiFigure(k.Key, k.Name, k.Value, k.Target, k.Met, k.Numerator, k.Denominator)).ToList());
    }
}
