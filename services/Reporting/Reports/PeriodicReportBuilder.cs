using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Dossiers;
using VanPhong.Reporting.Evaluations;
using VanPhong.Reporting.Periods;
using VanPhong.Reporting.Scorecards;
using VanPhong.Reporting.ServiceQuality;
using VanPhong.Reporting.Units;

namespace VanPhong.Reporting.Reports;

/// <summary>
/// Builds the periodic report from the read models and the imported dossier figures: the statistical tables of
/// TT 01/2020, the extra sections of plan item VIII.1, the KPIs against the plan's targets and the unit scorecard.
/// </summary>
public sealed class PeriodicReportBuilder(ReportingDb db, IOptions<ReportingOptions> options, TimeProvider clock)
{
    private const string Unknown = "Chưa xác định lĩnh vực";

    public static readonly IReadOnlyDictionary<string, string> KpiNames = new Dictionary<string, string>
    {
        [KpiMetrics.InternalProcedures] = "Tỷ lệ TTHC có quy trình nội bộ được phê duyệt",
        [KpiMetrics.OnlineDossiers] = "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
        [KpiMetrics.OneStopEligible] = "Tỷ lệ TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa",
        [KpiMetrics.FeedbackOnTime] = "Tỷ lệ phản ánh, kiến nghị trả lời đúng hạn",
        [KpiMetrics.PlanItemsOnTime] = "Tỷ lệ nhiệm vụ kế hoạch hoàn thành đúng hạn",
    };

    public async Task<ReportContent> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);

        // What is open, overdue or due is judged at the cut-off, or today while the period is still running: a
        // preview or a draft before the cut-off must not call overdue what is not yet due.
        var asOf = ReportSources.AsOf(to, VietnamTime.Today(clock));
        var o = options.Value;
        var history = await ReportSources.CatalogAsync(db, from, to, ct);
        var inForce = history.InForce;
        var (dossiers, dossierSource) = await ReportSources.DossiersAsync(db, from, to, asOf, ct);
        var sectors = await db.Procedures.AsNoTracking().Select(p => new { p.Code, p.Sector }).ToDictionaryAsync(p => p.Code, p => p.Sector, ct);
        var items = await ReportSources.PlanItemsAsync(db, period.PlanYear, ct);
        var units = new UnitDirectory(await db.Units.AsNoTracking().ToListAsync(ct));

        var catalog = Catalog(history);
        var dossierSection = Dossiers(dossiers, code => sectors.GetValueOrDefault(code)) with { Source = dossierSource };
        if (dossierSource == DossierSources.Records)
        {
            var names = await db.Procedures.AsNoTracking().Select(p => new { p.Code, p.Name }).ToDictionaryAsync(p => p.Code, p => p.Name, ct);
            var breakdown = DossierCounts.Breakdown(await DossierCounts.InPeriodAsync(db, from, to, ct), from, to, asOf, names, units,
                o.KpiTargets.GetValueOrDefault(KpiMetrics.OnlineDossiers, 50));
            // The export does not say whether a result was digitised: the rate is unknown, not 0 %.
            dossierSection = dossierSection with { Records = breakdown, DigitisedResultRate = null };
        }

        var answeredByUnit = await ReportSources.AnsweredByUnitAsync(db, from, to, ct);
        var openByUnit = await ReportSources.OpenByUnitAsync(db, asOf, ct);
        var feedback = await FeedbackAsync(from, to, answeredByUnit, openByUnit, ct);
        var plan = Plan(items, units, period.PlanYear, asOf);
        var reviews = await ReviewsAsync(from, to, ct);

        var dueInPeriod = ReportSources.DueIn(items, from, to).ToList();

        var kpis = new List<Kpi>
        {
            Kpi(KpiMetrics.InternalProcedures, inForce.Count(p => p.InternalApprovedOn is not null), inForce.Count,
                "TTHC có hiệu lực tại ngày chốt số liệu có quy trình nội bộ được phê duyệt cho phiên bản đang áp dụng / TTHC có hiệu lực"),
            Kpi(KpiMetrics.OnlineDossiers, dossierSection.Total.Online, dossierSection.Total.Online + dossierSection.Total.Direct + dossierSection.Total.Postal,
                "Hồ sơ tiếp nhận trực tuyến trong kỳ / hồ sơ tiếp nhận trong kỳ (không kể từ kỳ trước), theo số liệu nhập từ Hệ thống thông tin giải quyết TTHC của tỉnh"),
            Kpi(KpiMetrics.OneStopEligible, inForce.Count(p => p.OneStop), inForce.Count,
                "TTHC có hiệu lực tiếp nhận, trả kết quả tại Bộ phận Một cửa / TTHC có hiệu lực (mọi TTHC của Ban được coi là thuộc diện một cửa)"),
            Kpi(KpiMetrics.FeedbackOnTime, feedback.AnsweredOnTime, feedback.Answered, "PAKN trả lời đúng hạn trong kỳ / PAKN trả lời trong kỳ"),
            Kpi(KpiMetrics.PlanItemsOnTime, dueInPeriod.Count(i => ReportSources.OnTime(i, to)), dueInPeriod.Count,
                $"Nhiệm vụ của kế hoạch năm {period.PlanYear} đến hạn trong kỳ hoàn thành đúng hạn / nhiệm vụ đến hạn trong kỳ (không kể nhiệm vụ đã hủy)"),
        };

        var evaluations = await new EvaluationResults(db).ComputeAsync(period, ct, inForce, answeredByUnit);
        var unitDossiers = (dossierSection.Records?.ByUnit ?? []).Where(u => u.Key != "").ToDictionary(u => u.Key, u =>
        {
            var evaluated = evaluations.ByUnit.FirstOrDefault(e => e.Key == u.Key);
            var scored = evaluated?.Indicators.Where(i => i.Score is not null).ToList() ?? [];
            return new UnitDossiers(u.Resolved, u.Early + u.OnTime, evaluated?.Evaluated ?? 0,
                scored.Count == 0 ? null : Math.Round(100 * scored.Average(i => i.Score!.Value) / 2, 1));
        });
        var content = new ReportContent(
            period,
            clock.GetUtcNow().UtcDateTime,
            inForce.Any(p => p.IsSample),
            catalog,
            dossierSection,
            feedback,
            plan,
            ProvincialPlans(items, o.ProvincialPlans, asOf),
            reviews,
            kpis,
            UnitScorecard.Compute(units, items,
                answeredByUnit.Where(x => x.Unit != null).ToDictionary(x => x.Unit!, x => (x.Count, x.OnTimeOrOverdue)),
                openByUnit.Where(x => x.Unit != null).ToDictionary(x => x.Unit!, x => x.OnTimeOrOverdue),
                asOf, o.Scorecard, unitDossiers),
            await Activities.ActivityReport.BuildAsync(db, from, to, asOf, ct),
            evaluations);
        return content with { ServiceIndex = ServiceIndex766.Compute(content, evaluations) };

        Kpi Kpi(string key, int numerator, int denominator, string basis)
        {
            var target = o.KpiTargets.GetValueOrDefault(key, 100);
            var value = ReportSources.Percent(numerator, denominator);
            return new Kpi(key, KpiNames[key], numerator, denominator, value, target, value is null ? null : value >= target, basis);
        }
    }

    /// <summary>The records behind a KPI of a period, computed by the same queries as the figure.</summary>
    public async Task<IReadOnlyList<KpiRecord>?> RecordsAsync(ReportPeriod period, string key, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        switch (key)
        {
            case KpiMetrics.InternalProcedures:
            case KpiMetrics.OneStopEligible:
                var inForce = (await ReportSources.CatalogAsync(db, from, to, ct)).InForce;
                return key == KpiMetrics.InternalProcedures
                    ? inForce.Select(p => new KpiRecord(p.Code, p.Name, p.InternalApprovedOn is null ? 0 : 1, 1,
                        p.InternalApprovedOn is { } on ? $"Quy trình nội bộ phê duyệt ngày {on:dd/MM/yyyy}" : "Chưa có quy trình nội bộ được phê duyệt")).ToList()
                    : inForce.Select(p => new KpiRecord(p.Code, p.Name, p.OneStop ? 1 : 0, 1, p.OneStop ? "Tại Bộ phận Một cửa" : "Không qua Bộ phận Một cửa")).ToList();
            case KpiMetrics.OnlineDossiers:
                return (await ReportSources.DossiersAsync(db, from, to, ReportSources.AsOf(to, VietnamTime.Today(clock)), ct)).Rows
                    .Select(d => new KpiRecord(d.ProcedureCode, d.ProcedureCode, d.ReceivedOnline, d.ReceivedInPeriod,
                        $"Trực tuyến {d.ReceivedOnline}, trực tiếp {d.ReceivedDirect}, bưu chính {d.ReceivedPostal}")).ToList();
            case KpiMetrics.FeedbackOnTime:
                return (await ReportSources.Answered(db, from, to).OrderBy(f => f.AnsweredOn).ThenBy(f => f.TrackingCode)
                        .Select(f => new { f.TrackingCode, f.AnsweredOn, f.AnswerDueOn, f.AnsweredOnTime, f.LeadUnit }).ToListAsync(ct))
                    .Select(f => new KpiRecord(f.TrackingCode, f.TrackingCode, f.AnsweredOnTime == true ? 1 : 0, 1,
                        $"Trả lời ngày {f.AnsweredOn:dd/MM/yyyy}, hạn {f.AnswerDueOn:dd/MM/yyyy}; đơn vị chủ trì {f.LeadUnit}")).ToList();
            case KpiMetrics.PlanItemsOnTime:
                return ReportSources.DueIn(await ReportSources.PlanItemsAsync(db, period.PlanYear, ct), from, to)
                    .OrderBy(i => i.DueOn).ThenBy(i => i.Code)
                    .Select(i => new KpiRecord(i.Code, $"{i.Code} ({i.SectionTitle})", ReportSources.OnTime(i, to) ? 1 : 0, 1,
                        $"Hạn {i.DueOn:dd/MM/yyyy}; {(i.CompletedOn is { } done && done <= to ? $"hoàn thành {done:dd/MM/yyyy}" : "chưa hoàn thành")}")).ToList();
            default:
                return null;
        }
    }

    private static CatalogSection Catalog(CatalogHistory history)
    {
        var (inForce, published) = (history.InForce, history.PublishedInPeriod);
        var publishedBySector = published.GroupBy(e => e.Sector ?? Unknown).ToDictionary(g => g.Key, g => g.Count());
        var sectorNames = inForce.Select(p => p.Sector).Concat(publishedBySector.Keys).Distinct().OrderBy(s => s, StringComparer.Ordinal);
        return new CatalogSection(
            published.Count(e => e.Change == "New"),
            published.Count(e => e.Change == "Amended"),
            published.Count(e => e.Change == ProcedureChanges.Abolished),
            published.Select(e => e.DecisionNumber ?? "").Distinct().Order(StringComparer.Ordinal).ToList(),
            inForce.Count,
            inForce.Count(p => p.InternalApprovedOn is not null),
            history.InternalApprovedInPeriod,
            history.ElectronicUpdatedInPeriod,
            inForce.Count(p => p.OneStop),
            inForce.Count(p => p.OnlineLevel == "Full"),
            inForce.Count(p => p.OnlineLevel == "Partial"),
            inForce.Count(p => p.PostalService),
            inForce.Count(p => p.OnlinePayment),
            sectorNames.Select(s =>
            {
                var mine = inForce.Where(p => p.Sector == s).ToList();
                return new SectorRow(s, mine.Count, publishedBySector.GetValueOrDefault(s), mine.Count(p => p.InternalApprovedOn is not null), mine.Count(p => p.OneStop),
                    mine.Count(p => p.OnlineLevel == "Full"), mine.Count(p => p.OnlineLevel == "Partial"));
            }).ToList());
    }

    private static DossierSection Dossiers(List<Dossiers.DossierStatistic> rows, Func<string, string?> sectorOf)
    {
        var bySector = rows.GroupBy(r => sectorOf(r.ProcedureCode) ?? r.Sector ?? Unknown)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Figures(g.Key, g.ToList()))
            .ToList();
        var total = Figures("Tổng cộng", rows);
        var received = total.Online + total.Direct + total.Postal;
        return new DossierSection(bySector, total,
            ReportSources.Percent(total.Online, received),
            ReportSources.Percent(total.Early + total.OnTime, total.ResolvedTotal),
            ReportSources.Percent(total.DigitisedDossiers, received + total.CarriedOver),
            ReportSources.Percent(total.DigitisedResults, total.ResolvedTotal),
            rows.Count);
    }

    private static DossierFigures Figures(string sector, IReadOnlyCollection<Dossiers.DossierStatistic> rows) => new(
        sector,
        rows.Sum(r => r.ReceivedInPeriod + r.CarriedOver), rows.Sum(r => r.ReceivedOnline), rows.Sum(r => r.ReceivedDirect), rows.Sum(r => r.ReceivedPostal), rows.Sum(r => r.CarriedOver),
        rows.Sum(r => r.Resolved), rows.Sum(r => r.ResolvedEarly), rows.Sum(r => r.ResolvedOnTime), rows.Sum(r => r.ResolvedLate),
        rows.Sum(r => r.Pending), rows.Sum(r => r.PendingWithinDeadline), rows.Sum(r => r.PendingOverdue),
        rows.Sum(r => r.DigitisedDossiers), rows.Sum(r => r.DigitisedResults));

    private async Task<FeedbackSection> FeedbackAsync(DateOnly from, DateOnly to, List<FeedbackByUnit> answered, List<FeedbackByUnit> open, CancellationToken ct)
    {
        var byChannel = await ReportSources.ReceivedByChannelAsync(db, from, to, ct);
        var classifiedOut = await ReportSources.ClassifiedOut(db, from, to).CountAsync(ct);
        var (answeredCount, onTime) = (answered.Sum(a => a.Count), answered.Sum(a => a.OnTimeOrOverdue));
        return new FeedbackSection(
            byChannel.Values.Sum(),
            byChannel,
            answeredCount + classifiedOut,
            answeredCount,
            onTime,
            answeredCount - onTime,
            classifiedOut,
            open.Sum(o => o.Count),
            open.Sum(o => o.OnTimeOrOverdue),
            await ReportSources.Published(db, from, to).CountAsync(ct));
    }

    private static PlanSection Plan(List<PlanItemFact> items, UnitDirectory units, int year, DateOnly asOf)
    {
        var live = items.Where(i => i.Status != PlanItemStatuses.Cancelled).ToList();
        var bySection = live.GroupBy(i => (i.SectionCode, i.SectionTitle))
            .OrderBy(g => SectionOrder(g.Key.SectionCode))
            .Select(g => Progress(g.Key.SectionCode, g.Key.SectionTitle, g.ToList(), asOf))
            .ToList();
        var byUnit = units.Active
            .Select(u => Progress(u.Code, u.Name, live.Where(i => units.Resolve(i.LeadUnits).Contains(u.Code)).ToList(), asOf))
            .Where(r => r.Items > 0)
            .ToList();
        return new PlanSection(year, Progress("", "Tổng cộng", live, asOf), bySection, byUnit, items.Count - live.Count);
    }

    private static ProgressRow Progress(string code, string name, List<PlanItemFact> items, DateOnly to)
    {
        var weight = items.Sum(i => Math.Max(i.Weight, 1));
        var completed = items.Count(i => ReportSources.CompletedBy(i, to));
        var late = items.Count(i => ReportSources.CompletedBy(i, to) && !ReportSources.OnTime(i, to));
        var overdue = items.Count(i => ReportSources.OverdueAt(i, to));
        var notStarted = items.Count(i => !ReportSources.CompletedBy(i, to) && !ReportSources.OverdueAt(i, to) && i.Percent == 0);
        return new ProgressRow(code, name, items.Count, completed, late, items.Count - completed - overdue - notStarted, overdue, notStarted,
            weight == 0 ? 0 : Math.Round((double)items.Sum(i => Math.Max(i.Weight, 1) * (ReportSources.CompletedBy(i, to) ? 100 : i.Percent)) / weight, 1));
    }

    private static int SectionOrder(string code) => Array.IndexOf(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"], code) is var i and >= 0 ? i : 99;

    private static IReadOnlyList<ProvincialPlanRow> ProvincialPlans(List<PlanItemFact> items, List<ProvincialPlanOption> plans, DateOnly to) =>
        plans.Select(p =>
        {
            var mine = items.Where(i => p.ItemCodes.Contains(i.Code) && i.Status != PlanItemStatuses.Cancelled).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
            var lines = mine.Select(i => $"{i.Code}: {StatusText(i, to)}").ToList();
            return new ProvincialPlanRow(p.Reference, p.Subject, lines, mine.Count(i => ReportSources.CompletedBy(i, to)), mine.Count,
                mine.Count == 0 ? 0 : Math.Round(mine.Average(i => ReportSources.CompletedBy(i, to) ? 100.0 : i.Percent), 1));
        }).ToList();

    public static string StatusText(PlanItemFact i, DateOnly to) => i switch
    {
        _ when ReportSources.CompletedBy(i, to) => ReportSources.OnTime(i, to) ? "Hoàn thành" : "Hoàn thành quá hạn",
        _ when ReportSources.OverdueAt(i, to) => $"Quá hạn ({i.Percent}%)",
        { Percent: > 0 } => $"Đang thực hiện ({i.Percent}%)",
        _ => "Chưa triển khai",
    };

    private async Task<ReviewSection> ReviewsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (ReportSources.StartUtc(from), ReportSources.EndUtc(to));
        var proposals = await db.Simplifications.AsNoTracking().Where(s => s.ProposedAt >= start && s.ProposedAt < end)
            .Select(s => new { s.CostBeforePerYear, s.CostAfterPerYear, s.SavingPerYear }).ToListAsync(ct);
        // The trail: what was proposed in the period, and what a decision carried out in it (proposed earlier or not).
        var trail = await db.Simplifications.AsNoTracking()
            .Where(s => (s.ProposedAt >= start && s.ProposedAt < end) || (s.CarriedOutOn >= from && s.CarriedOutOn <= to))
            .ToListAsync(ct);
        var rows = trail.OrderBy(s => s.ProcedureCode, StringComparer.Ordinal).ThenBy(s => s.ProposedAt).Select(s => new SimplificationTrailRow(
            s.ProcedureCode, s.ProposedAt.Year < 2000 ? null : VanPhong.Calendar.VietnamTime.DateOfUtc(s.ProposedAt),
            s.FeedbackCodes.Split(',', StringSplitOptions.RemoveEmptyEntries), s.PlanItemCode, s.SavingPerYear, s.DecisionNumber, s.CarriedOutOn, s.ProcedureVersion, s.Change)).ToList();
        return new ReviewSection(proposals.Count, proposals.Sum(p => p.CostBeforePerYear), proposals.Sum(p => p.CostAfterPerYear), proposals.Sum(p => p.SavingPerYear),
            rows, trail.Count(s => s.CarriedOutOn >= from && s.CarriedOutOn <= to));
    }
}
