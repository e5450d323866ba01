using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Contracts;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Reports;

namespace VanPhong.Reporting.Activities;

/// <summary>
/// The report's sections on the records behind the plan's tasks. What happened is counted by its own day in the period
/// (from–to); what stands — the desk's staff, open follow-ups, proposals awaiting an answer — as of the cut-off.
/// </summary>
public static class ActivityReport
{
    public static async Task<ActivitySections> BuildAsync(ReportingDb db, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct) => new(
        await ImpactAssessmentsAsync(db, from, to, ct),
        await InspectionsAsync(db, from, to, asOf, ct),
        await DeskAsync(db, asOf, ct),
        await LinkedGroupsAsync(db, from, to, asOf, ct),
        await CommunicationsAsync(db, from, to, ct));

    private static async Task<ImpactAssessmentSection> ImpactAssessmentsAsync(ReportingDb db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.ImpactAssessments.AsNoTracking().Where(a => a.Version >= 0 && a.AssessedOn >= from && a.AssessedOn <= to).ToListAsync(ct);
        rows = rows.OrderBy(a => a.AssessedOn).ThenBy(a => a.DraftDocument, StringComparer.Ordinal).ToList();
        return new ImpactAssessmentSection(
            rows.Count,
            rows.Select(a => a.DraftDocument).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            rows.SelectMany(a => ActivityFacts.Split(a.ProcedureCodes)).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            rows.Count(a => a.FormFiled),
            rows.Select(a => new ImpactAssessmentRow(a.DraftDocument, a.AssessedOn, ActivityFacts.Split(a.ProcedureCodes).Length, a.FormFiled)).ToList());
    }

    private static async Task<InspectionSection> InspectionsAsync(ReportingDb db, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct)
    {
        var inspections = await db.Inspections.AsNoTracking().Where(i => i.Version >= 0 && i.InspectedOn >= from && i.InspectedOn <= to).ToListAsync(ct);
        var rows = inspections.OrderBy(i => i.InspectedOn).ThenBy(i => i.InspectedUnit, StringComparer.Ordinal).Select(i =>
        {
            var followUps = JsonSerializer.Deserialize<List<InspectionFollowUpSnapshot>>(i.FollowUps) ?? [];
            var done = followUps.Count(f => f.DoneOn is { } d && d <= asOf);
            var overdue = followUps.Count(f => !(f.DoneOn is { } d && d <= asOf) && f.DueOn < asOf);
            return new InspectionRow(i.InspectedOn, i.Planned, i.InspectingBody, i.InspectedUnit, i.HasFindings, followUps.Count, done, overdue);
        }).ToList();
        return new InspectionSection(rows.Count, rows.Count(r => r.Planned), rows.Count(r => !r.Planned), rows.Count(r => r.HasFindings),
            rows.Sum(r => r.FollowUps), rows.Sum(r => r.Done), rows.Sum(r => r.Overdue), rows);
    }

    private static async Task<DeskSection> DeskAsync(ReportingDb db, DateOnly asOf, CancellationToken ct)
    {
        var current = await db.DeskAssignments.AsNoTracking()
            .Where(a => a.Version >= 0 && a.AssignedFrom <= asOf && (a.AssignedTo == null || a.AssignedTo >= asOf))
            .Select(a => a.Sectors).ToListAsync(ct);
        var bySector = current.SelectMany(ActivityFacts.Split).GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SectorCount(g.Key, g.Count())).ToList();
        return new DeskSection(current.Count, bySector);
    }

    private static async Task<LinkedGroupSection> LinkedGroupsAsync(ReportingDb db, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct)
    {
        var all = await db.LinkedGroups.AsNoTracking().Where(p => p.Version >= 0 && p.ProposedOn <= asOf).ToListAsync(ct);
        string StatusAt(LinkedGroupFact p) => p.DecidedOn is { } d && d <= asOf ? p.Status : LinkedGroupStatuses.Proposed;
        bool DecidedIn(LinkedGroupFact p) => p.DecidedOn is { } d && d >= from && d <= to;
        var rows = all.Where(p => p.ProposedOn >= from && p.ProposedOn <= to || DecidedIn(p))
            .OrderBy(p => p.ProposedOn).ThenBy(p => p.GroupName, StringComparer.Ordinal)
            .Select(p => new LinkedGroupRow(p.GroupName, p.Procedures, string.Join(", ", ActivityFacts.Split(p.Agencies)), p.ProposedOn, StatusAt(p),
                StatusAt(p) == LinkedGroupStatuses.Proposed ? null : p.DecisionNumber, StatusAt(p) == LinkedGroupStatuses.Proposed ? null : p.DecidedOn))
            .ToList();
        return new LinkedGroupSection(
            all.Count(p => p.ProposedOn >= from && p.ProposedOn <= to),
            all.Count(p => DecidedIn(p) && p.Status == LinkedGroupStatuses.Accepted),
            all.Count(p => DecidedIn(p) && p.Status == LinkedGroupStatuses.Rejected),
            all.Count(p => StatusAt(p) == LinkedGroupStatuses.Proposed),
            rows);
    }

    private static async Task<CommunicationSection> CommunicationsAsync(ReportingDb db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var held = await db.Communications.AsNoTracking().Where(a => a.Version >= 0 && a.HeldOn >= from && a.HeldOn <= to)
            .Select(a => new { a.Kind, a.Participants }).ToListAsync(ct);
        var byKind = CommunicationKinds.All
            .Select(k => new CommunicationKindRow(k, held.Count(a => a.Kind == k), held.Where(a => a.Kind == k).Sum(a => a.Participants ?? 0)))
            .ToList();
        return new CommunicationSection(held.Count, held.Sum(a => a.Participants ?? 0), byKind);
    }
}
