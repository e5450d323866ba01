using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Reporting.Data;

namespace VanPhong.Reporting.Reports;

/// <summary>A procedure as it stood on a day: its version in force and whether its internal procedure was approved.</summary>
public sealed record ProcedureAt(
    string Code, string Name, string Sector, string OnlineLevel, bool OneStop, bool PostalService, bool OnlinePayment, bool IsSample,
    DateOnly PublishedOn, DateOnly? InternalApprovedOn);

/// <summary>A publication as a report needs it.</summary>
public sealed record Publication(
    Guid EventId, string Code, DateOnly On, DateOnly? EffectiveOn, string? Change, string? DecisionNumber, string? Name, string? Sector,
    string? OnlineLevel, bool OneStop, bool PostalService, bool OnlinePayment, bool IsSample);

/// <summary>The catalog on the cut-off day, and what happened to it in the period.</summary>
public sealed record CatalogHistory(List<ProcedureAt> InForce, List<Publication> PublishedInPeriod, int InternalApprovedInPeriod, int ElectronicUpdatedInPeriod);

/// <summary>PAKN figures per lead unit (null: not assigned).</summary>
public sealed record FeedbackByUnit(string? Unit, int Count, int OnTimeOrOverdue);

/// <summary>
/// The queries a report is made of, each defined once so that a figure and its drill-down can never disagree.
/// Dates are Vietnamese calendar days; a period runs from the start of its first day to the end of its last.
/// </summary>
public static class ReportSources
{
    public static DateTime StartUtc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset;

    public static DateTime EndUtc(DateOnly day) => StartUtc(day.AddDays(1));

    /// <summary>The catalog's history up to <paramref name="to"/>: what was in force that day, and what happened in the period.</summary>
    public static async Task<CatalogHistory> CatalogAsync(ReportingDb db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var published = await db.CatalogEvents.AsNoTracking()
            .Where(e => e.Kind == CatalogEventKind.Published && e.On <= to)
            .Select(e => new Publication(e.EventId, e.Code, e.On, e.EffectiveOn, e.Change, e.DecisionNumber, e.Name, e.Sector, e.OnlineLevel, e.OneStop, e.PostalService, e.OnlinePayment, e.IsSample))
            .ToListAsync(ct);
        var approvals = (await db.CatalogEvents.AsNoTracking()
                .Where(e => e.Kind == CatalogEventKind.InternalApproved && e.On <= to)
                .Select(e => new { e.Code, e.On }).ToListAsync(ct))
            .ToLookup(e => e.Code, e => e.On);
        var inForce = published
            .Where(e => e.EffectiveOn <= to)
            .GroupBy(e => e.Code)
            .Select(g => g.OrderBy(e => e.EffectiveOn).ThenBy(e => e.On).ThenBy(e => e.EventId).Last())
            .Where(e => e.Change != ProcedureChanges.Abolished)
            .Select(e => new ProcedureAt(e.Code, e.Name ?? e.Code, e.Sector ?? "", e.OnlineLevel ?? "None", e.OneStop, e.PostalService, e.OnlinePayment, e.IsSample,
                e.On, approvals[e.Code].Where(a => a >= e.On).Select(a => (DateOnly?)a).Max()))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        var milestones = await db.CatalogEvents.AsNoTracking()
            .Where(e => (e.Kind == CatalogEventKind.InternalApproved || e.Kind == CatalogEventKind.ElectronicUpdated) && e.On >= from && e.On <= to)
            .GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new CatalogHistory(inForce, published.Where(e => e.On >= from).ToList(),
            milestones.SingleOrDefault(m => m.Key == CatalogEventKind.InternalApproved)?.Count ?? 0,
            milestones.SingleOrDefault(m => m.Key == CatalogEventKind.ElectronicUpdated)?.Count ?? 0);
    }

    /// <summary>PAKN received in the period.</summary>
    public static IQueryable<FeedbackFact> Received(ReportingDb db, DateOnly from, DateOnly to) =>
        db.Feedback.AsNoTracking().Where(f => f.ReceivedOn >= from && f.ReceivedOn <= to);

    /// <summary>PAKN answered in the period (whenever received).</summary>
    public static IQueryable<FeedbackFact> Answered(ReportingDb db, DateOnly from, DateOnly to) =>
        db.Feedback.AsNoTracking().Where(f => f.AnsweredOn >= from && f.AnsweredOn <= to);

    /// <summary>PAKN not accepted or transferred to the competent agency in the period.</summary>
    public static IQueryable<FeedbackFact> ClassifiedOut(ReportingDb db, DateOnly from, DateOnly to)
    {
        var (start, end) = (StartUtc(from), EndUtc(to));
        return db.Feedback.AsNoTracking().Where(f => (f.Outcome == "NotAccepted" || f.Outcome == "Transferred") && f.ClassifiedAt >= start && f.ClassifiedAt < end);
    }

    /// <summary>PAKN received by the cut-off and not yet answered, classified out or closed then.</summary>
    public static IQueryable<FeedbackFact> OpenAt(ReportingDb db, DateOnly to)
    {
        var end = EndUtc(to);
        return db.Feedback.AsNoTracking().Where(f =>
            f.ReceivedOn <= to
            && f.Status != "Closed"
            && !(f.AnsweredOn != null && f.AnsweredOn <= to)
            && !((f.Outcome == "NotAccepted" || f.Outcome == "Transferred") && f.ClassifiedAt != null && f.ClassifiedAt < end));
    }

    /// <summary>
    /// PAKN answered in the period per lead unit: how many, how many on time. One index-only query grouped by day
    /// and unit — the order of the (AnsweredOn, LeadUnit, …) index, so the database counts while it reads the range
    /// instead of sorting every row of it — then the few hundred day rows summed per unit.
    /// </summary>
    public static async Task<List<FeedbackByUnit>> AnsweredByUnitAsync(ReportingDb db, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await Answered(db, from, to).GroupBy(f => new { f.AnsweredOn, f.LeadUnit })
            .Select(g => new { g.Key.LeadUnit, Count = g.Count(), OnTime = g.Count(f => f.AnsweredOnTime == true) }).ToListAsync(ct))
        .GroupBy(x => x.LeadUnit)
        .Select(g => new FeedbackByUnit(g.Key, g.Sum(x => x.Count), g.Sum(x => x.OnTime)))
        .OrderBy(x => x.Unit, StringComparer.Ordinal)
        .ToList();

    /// <summary>PAKN received in the period per channel, grouped in the order of the (ReceivedOn, Channel) index (no sort), summed per channel.</summary>
    public static async Task<Dictionary<string, int>> ReceivedByChannelAsync(ReportingDb db, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await Received(db, from, to).GroupBy(f => new { f.ReceivedOn, f.Channel }).Select(g => new { g.Key.Channel, Count = g.Count() }).ToListAsync(ct))
        .GroupBy(x => x.Channel)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Sum(x => x.Count));

    /// <summary>
    /// PAKN open at the cut-off per lead unit: how many, and how many overdue — whose current step (classification
    /// if not classified by then, otherwise the answer) was due before the cut-off. One index-only query.
    /// </summary>
    public static async Task<List<FeedbackByUnit>> OpenByUnitAsync(ReportingDb db, DateOnly to, CancellationToken ct)
    {
        var end = EndUtc(to);
        return (await OpenAt(db, to).GroupBy(f => f.LeadUnit)
                .Select(g => new
                {
                    Unit = g.Key,
                    Count = g.Count(),
                    Overdue = g.Count(f => f.ClassifiedAt == null || f.ClassifiedAt >= end ? f.ClassificationDueOn < to : f.AnswerDueOn != null && f.AnswerDueOn < to),
                }).ToListAsync(ct))
            .Select(x => new FeedbackByUnit(x.Unit, x.Count, x.Overdue)).ToList();
    }

    public static IQueryable<FeedbackFact> Published(ReportingDb db, DateOnly from, DateOnly to) =>
        db.Feedback.AsNoTracking().Where(f => f.PublishedOn >= from && f.PublishedOn <= to);

    /// <summary>
    /// The period's dossier figures per procedure, from one source only: the per-dossier records when any dossier
    /// counts in the period (<see cref="Dossiers.DossierCounts"/>), otherwise the aggregate figures imported for it
    /// — never both added up, since a province that sends records also sends what its totals are made of.
    /// </summary>
    public static async Task<(List<Dossiers.DossierStatistic> Rows, string Source)> DossiersAsync(ReportingDb db, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct)
    {
        if (await Dossiers.DossierCounts.AnyAsync(db, from, to, ct))
        {
            return (Dossiers.DossierCounts.AsStatistics(await Dossiers.DossierCounts.InPeriodAsync(db, from, to, ct), from, to, asOf), DossierSources.Records);
        }

        var aggregate = await AggregateDossiersAsync(db, from, to, ct);
        return (aggregate, aggregate.Count > 0 ? DossierSources.Aggregate : DossierSources.None);
    }

    /// <summary>Dossier figures imported for sub-periods of the period, summed per procedure (carried over from the first, pending from the last).</summary>
    public static async Task<List<Dossiers.DossierStatistic>> AggregateDossiersAsync(ReportingDb db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.DossierStatistics.AsNoTracking().Where(d => d.PeriodFrom >= from && d.PeriodTo <= to).ToListAsync(ct);
        return rows.GroupBy(r => r.ProcedureCode, StringComparer.OrdinalIgnoreCase).Select(g =>
        {
            var ordered = g.OrderBy(r => r.PeriodFrom).ToList();
            return new Dossiers.DossierStatistic
            {
                ProcedureCode = g.Key,
                Sector = ordered.Select(r => r.Sector).LastOrDefault(s => s is not null),
                PeriodFrom = ordered[0].PeriodFrom,
                PeriodTo = ordered[^1].PeriodTo,
                ReceivedOnline = g.Sum(r => r.ReceivedOnline),
                ReceivedDirect = g.Sum(r => r.ReceivedDirect),
                ReceivedPostal = g.Sum(r => r.ReceivedPostal),
                CarriedOver = ordered[0].CarriedOver,
                ResolvedEarly = g.Sum(r => r.ResolvedEarly),
                ResolvedOnTime = g.Sum(r => r.ResolvedOnTime),
                ResolvedLate = g.Sum(r => r.ResolvedLate),
                PendingWithinDeadline = ordered[^1].PendingWithinDeadline,
                PendingOverdue = ordered[^1].PendingOverdue,
                DigitisedDossiers = g.Sum(r => r.DigitisedDossiers),
                DigitisedResults = g.Sum(r => r.DigitisedResults),
            };
        }).OrderBy(r => r.ProcedureCode, StringComparer.Ordinal).ToList();
    }

    public static Task<List<PlanItemFact>> PlanItemsAsync(ReportingDb db, int year, CancellationToken ct) =>
        db.PlanItems.AsNoTracking().Where(i => i.Year == year).ToListAsync(ct);

    /// <summary>Whether a plan item was done by the cut-off, and on time.</summary>
    public static bool CompletedBy(PlanItemFact i, DateOnly to) => i.CompletedOn is { } done && done <= to;

    public static bool OnTime(PlanItemFact i, DateOnly to) => CompletedBy(i, to) && (i.DueOn is null || i.CompletedOn <= i.DueOn) && !i.CompletedLate;

    /// <summary>The day the state of things is judged on: the cut-off, or today while the period is still running.</summary>
    public static DateOnly AsOf(DateOnly cutOff, DateOnly today) => today < cutOff ? today : cutOff;

    public static bool OverdueAt(PlanItemFact i, DateOnly to) => i.Status != PlanItemStatuses.Cancelled && !CompletedBy(i, to) && i.DueOn is { } due && due < to;

    /// <summary>Plan items due within the period (not cancelled): the denominator of "plan items on time".</summary>
    public static IEnumerable<PlanItemFact> DueIn(IEnumerable<PlanItemFact> items, DateOnly from, DateOnly to) =>
        items.Where(i => i.Status != PlanItemStatuses.Cancelled && i.DueOn is { } due && due >= from && due <= to);

    public static double? Percent(int numerator, int denominator) => denominator == 0 ? null : Math.Round(100.0 * numerator / denominator, 1);
}
