using Microsoft.EntityFrameworkCore;
using VanPhong.Plans.Data;

namespace VanPhong.Plans.SeedTasks;

/// <summary>A record behind a plan item, as the item's page lists it: its kind, day, what it is and where to open it.</summary>
public sealed record LinkedRecord(string Kind, Guid Id, DateOnly On, string Summary);

/// <summary>The kinds of record that carry out plan tasks, and the records of one item.</summary>
public static class LinkedRecords
{
    public const string ImpactAssessment = "ImpactAssessment";
    public const string Inspection = "Inspection";
    public const string DeskAssignment = "DeskAssignment";
    public const string LinkedGroup = "LinkedGroup";
    public const string Communication = "Communication";

    public static async Task<List<LinkedRecord>> OfItemAsync(PlansDb db, Guid itemId, CancellationToken ct)
    {
        var records = new List<LinkedRecord>();
        records.AddRange((await db.ImpactAssessments.AsNoTracking().Where(a => a.PlanItemId == itemId).ToListAsync(ct))
            .Select(a => new LinkedRecord(ImpactAssessment, a.Id, a.AssessedOn, $"{a.DraftDocument} ({a.ProcedureCodes.Count} TTHC)")));
        records.AddRange((await db.Inspections.AsNoTracking().Where(i => i.PlanItemId == itemId).ToListAsync(ct))
            .Select(i => new LinkedRecord(Inspection, i.Id, i.InspectedOn, $"{(i.Planned ? "Kiểm tra theo kế hoạch" : "Kiểm tra đột xuất")} {i.InspectedUnit} ({i.InspectingBody})")));
        // The name is official-duty contact data; the item's page shows who is at the desk as the public page does.
        records.AddRange((await db.DeskAssignments.AsNoTracking().Where(a => a.PlanItemId == itemId).ToListAsync(ct))
            .Select(a => new LinkedRecord(DeskAssignment, a.Id, a.AssignedFrom, $"{a.FullName}, {a.Title} — {string.Join(", ", a.Sectors)}")));
        records.AddRange((await db.LinkedGroups.AsNoTracking().Where(p => p.PlanItemId == itemId).ToListAsync(ct))
            .Select(p => new LinkedRecord(LinkedGroup, p.Id, p.ProposedOn, $"{p.GroupName} ({p.ProcedureCodes.Count} TTHC)")));
        records.AddRange((await db.Communications.AsNoTracking().Where(a => a.PlanItemId == itemId).ToListAsync(ct))
            .Select(a => new LinkedRecord(Communication, a.Id, a.HeldOn, a.Title)));
        return records.OrderBy(r => r.On).ThenBy(r => r.Kind, StringComparer.Ordinal).ToList();
    }
}
