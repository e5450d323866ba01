using Microsoft.EntityFrameworkCore;
using VanPhong.Contracts;
using VanPhong.Messaging;

namespace VanPhong.Feedback.Data;

/// <summary>The feedback service's copy of the Board's units (for assigning a lead unit).</summary>
public sealed class KnownUnit : IUnitReplica
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;

    /// <summary>Division, Office, Leadership, OneStopDesk … as identity names it (who gets which reminder).</summary>
    public string? Kind { get; set; }

    /// <summary>The unit's mailbox, where deadline reminders and digests go; none means they are recorded as not sent.</summary>
    public string? Email { get; set; }

    /// <summary>When the announcement this copy holds was made: an older one never overwrites it.</summary>
    public DateTime ChangedAt { get; set; }
}

/// <summary>Keeps the unit copy current; an older announcement never overwrites a newer one.</summary>
public sealed class OrganisationUnitChangedConsumer(FeedbackDb db, TimeProvider clock) : IdempotentConsumer<OrganisationUnitChanged, FeedbackDb>(db, clock)
{
    protected override Task ApplyAsync(OrganisationUnitChanged message, Delivery delivery) =>
        Db.Units.ApplyAsync(message, delivery.CancellationToken);
}

/// <summary>Keeps the procedure codes a PAKN may name current with the catalog's publication decisions.</summary>
public sealed class ProcedurePublishedConsumer(FeedbackDb db, TimeProvider clock) : IdempotentConsumer<ProcedurePublished, FeedbackDb>(db, clock)
{
    protected override async Task ApplyAsync(ProcedurePublished message, Delivery delivery)
    {
        // The proposals a decision carried out stay carried out, whatever order decisions arrive in.
        await Trail.ProposalTrails.RecordDecisionAsync(Db, message, delivery.CancellationToken);
        var procedure = await Db.Procedures.FindAsync([message.Code], delivery.CancellationToken);
        if (procedure is null)
        {
            procedure = new KnownProcedure { Code = message.Code };
            Db.Procedures.Add(procedure);
        }

        else if ((procedure.EffectiveOn, procedure.Version).CompareTo((message.EffectiveOn, message.Version)) > 0)
        {
            return; // a decision that took effect earlier, arriving late, changes nothing
        }

        procedure.Name = message.Name;
        procedure.Abolished = message.Change == ProcedureChanges.Abolished;
        procedure.EffectiveOn = message.EffectiveOn;
        procedure.Version = message.Version;
    }
}

/// <summary>
/// A simplification proposal names the PAKN that prompted it: mark them, so a PAKN shows what came of it
/// (linking both ways, plan section V and Decree 20/2008 Art. 21).
/// </summary>
public sealed class SimplificationProposedConsumer(FeedbackDb db, TimeProvider clock) : IdempotentConsumer<SimplificationProposed, FeedbackDb>(db, clock)
{
    protected override async Task ApplyAsync(SimplificationProposed message, Delivery delivery)
    {
        await Trail.ProposalTrails.RecordProposalAsync(Db, message, delivery.CancellationToken);
        var codes = message.FeedbackCodes.Select(c => c.ToUpperInvariant()).ToList();
        var cases = await Db.Cases.Where(c => codes.Contains(c.TrackingCode)).ToListAsync(delivery.CancellationToken);
        // A PAKN shows the latest proposal it led to, whatever order the proposals arrive in.
        foreach (var feedback in cases.Where(c => c.SimplificationProposedAt is null || c.SimplificationProposedAt <= message.ProposedAt.UtcDateTime))
        {
            feedback.SimplificationProposalId = message.ProposalId;
            feedback.SimplificationProposedAt = message.ProposedAt.UtcDateTime;
            feedback.ProcedureCode ??= message.ProcedureCode;
            if (message.PlanItemId is not null)
            {
                feedback.PlanItemId ??= message.PlanItemId;
                feedback.PlanItemCode ??= message.PlanItemCode;
            }
        }
    }
}
