using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Contracts;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Activities;

/// <summary>
/// Projects the records behind the plan's tasks. Every event carries its record whole with the record's version, so a
/// projection keeps the row of the highest version seen: a replay or an older event arriving late changes nothing.
/// </summary>
internal static class Latest
{
    /// <summary>The row of <paramref name="id"/> (added if new) when <paramref name="version"/> is not older than it; else null.</summary>
    public static async Task<T?> RowAsync<T>(DbSet<T> set, Guid id, int version, Func<T> create, Func<T, int> versionOf, CancellationToken ct)
        where T : class
    {
        // FindAsync sees rows added earlier in the same unit of work, which a replay batch relies on.
        var row = await set.FindAsync([id], ct);
        if (row is null)
        {
            row = create();
            set.Add(row);
        }

        return version >= versionOf(row) ? row : null;
    }
}

public sealed class ImpactAssessmentRecordedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<ImpactAssessmentRecorded>(db, clock)
{
    public override async Task ProjectAsync(ImpactAssessmentRecorded m, EventContext context, CancellationToken ct)
    {
        if (await Latest.RowAsync(Db.ImpactAssessments, m.AssessmentId, m.Version, () => new ImpactAssessmentFact { Id = m.AssessmentId }, f => f.Version, ct) is not { } f)
        {
            return;
        }

        (f.DraftDocument, f.ProcedureCodes, f.FormFiled, f.AssessedOn, f.HasResult, f.PlanItemCode, f.Version) =
            (m.DraftDocument, ActivityFacts.Join(m.ProcedureCodes), m.FormFiled, m.AssessedOn, m.Result is not null, m.PlanItemCode, m.Version);
    }
}

public sealed class InspectionRecordedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<InspectionRecorded>(db, clock)
{
    public override async Task ProjectAsync(InspectionRecorded m, EventContext context, CancellationToken ct)
    {
        if (await Latest.RowAsync(Db.Inspections, m.InspectionId, m.Version, () => new InspectionFact { Id = m.InspectionId }, f => f.Version, ct) is not { } f)
        {
            return;
        }

        (f.Planned, f.InspectingBody, f.InspectedUnit, f.InspectedOn, f.HasFindings, f.PlanItemCode, f.Version) =
            (m.Planned, m.InspectingBody, m.InspectedUnit, m.InspectedOn, m.HasFindings, m.PlanItemCode, m.Version);
        f.FollowUps = JsonSerializer.Serialize(m.FollowUps);
    }
}

public sealed class OneStopDeskAssignmentRecordedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<OneStopDeskAssignmentRecorded>(db, clock)
{
    public override async Task ProjectAsync(OneStopDeskAssignmentRecorded m, EventContext context, CancellationToken ct)
    {
        if (await Latest.RowAsync(Db.DeskAssignments, m.AssignmentId, m.Version, () => new DeskAssignmentFact { Id = m.AssignmentId }, f => f.Version, ct) is not { } f)
        {
            return;
        }

        (f.Sectors, f.AssignedFrom, f.AssignedTo, f.Version) = (ActivityFacts.Join(m.Sectors), m.AssignedFrom, m.AssignedTo, m.Version);
    }
}

public sealed class LinkedGroupProposalRecordedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<LinkedGroupProposalRecorded>(db, clock)
{
    public override async Task ProjectAsync(LinkedGroupProposalRecorded m, EventContext context, CancellationToken ct)
    {
        if (await Latest.RowAsync(Db.LinkedGroups, m.ProposalId, m.Version, () => new LinkedGroupFact { Id = m.ProposalId }, f => f.Version, ct) is not { } f)
        {
            return;
        }

        (f.GroupName, f.Procedures, f.Agencies, f.ProposedOn, f.Status, f.DecisionNumber, f.DecidedOn, f.Version) =
            (m.GroupName, m.ProcedureCodes.Count, ActivityFacts.Join(m.Agencies), m.ProposedOn, m.Status, m.DecisionNumber, m.DecidedOn, m.Version);
    }
}

public sealed class CommunicationActivityRecordedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<CommunicationActivityRecorded>(db, clock)
{
    public override async Task ProjectAsync(CommunicationActivityRecorded m, EventContext context, CancellationToken ct)
    {
        if (await Latest.RowAsync(Db.Communications, m.ActivityId, m.Version, () => new CommunicationFact { Id = m.ActivityId }, f => f.Version, ct) is not { } f)
        {
            return;
        }

        (f.Kind, f.Title, f.HeldOn, f.Participants, f.UnitCode, f.Version) = (m.Kind, m.Title, m.HeldOn, m.Participants, m.UnitCode, m.Version);
    }
}
