using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Catalog;

/// <summary>
/// Builds the catalog read model. Events of different types travel on different queues, so each consumer creates
/// the row it needs and fills only its own fields: a milestone that overtakes its publication is kept, not lost.
/// </summary>
internal static class ProcedureFacts
{
    public static async Task<ProcedureFact> GetOrAddAsync(ReportingDb db, string code, CancellationToken ct)
    {
        var fact = await db.Procedures.FindAsync([code], ct);
        if (fact is null)
        {
            fact = new ProcedureFact { Code = code };
            db.Procedures.Add(fact);
        }

        return fact;
    }

    /// <summary>Keeps the event in the catalog history, once.</summary>
    public static async Task RecordAsync(ReportingDb db, EventContext context, CatalogEventFact fact, CancellationToken ct)
    {
        if (await db.CatalogEvents.FindAsync([context.MessageId], ct) is null)
        {
            fact.EventId = context.MessageId;
            db.CatalogEvents.Add(fact);
        }
    }
}

public sealed class ProcedurePublishedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<ProcedurePublished>(db, clock)
{
    public override async Task ProjectAsync(ProcedurePublished message, EventContext context, CancellationToken cancellationToken)
    {
        await ProcedureFacts.RecordAsync(Db, context, new CatalogEventFact
        {
            Code = message.Code,
            Kind = CatalogEventKind.Published,
            On = message.PublishedOn,
            EffectiveOn = message.EffectiveOn,
            Change = message.Change,
            DecisionNumber = message.DecisionNumber,
            Name = message.Name,
            Sector = message.Sector,
            OnlineLevel = message.OnlineLevel,
            OneStop = message.OneStop,
            PostalService = message.PostalService,
            OnlinePayment = message.OnlinePayment,
            IsSample = message.IsSample,
        }, cancellationToken);
        var fact = await ProcedureFacts.GetOrAddAsync(Db, message.Code, cancellationToken);
        if (fact.EffectiveOn > message.EffectiveOn)
        {
            return; // an older decision arriving late changes nothing
        }

        fact.Name = message.Name;
        fact.Sector = message.Sector;
        fact.LastChange = message.Change;
        fact.Abolished = message.Change == "Abolished";
        fact.DecisionNumber = message.DecisionNumber;
        fact.PublishedOn = message.PublishedOn;
        fact.EffectiveOn = message.EffectiveOn;
        fact.OnlineLevel = message.OnlineLevel;
        fact.OneStop = message.OneStop;
        fact.PostalService = message.PostalService;
        fact.OnlinePayment = message.OnlinePayment;
        fact.ProcessingDays = message.ProcessingDays;
        fact.IsSample = message.IsSample;
        if (message.Change != "Abolished")
        {
            // A new or amended procedure needs its internal procedure (re)approved. The queues are independent, so the
            // submission or approval of this version may already be here: only what is dated before this publication
            // belongs to an older version and is cleared.
            fact.InternalSubmitDueOn = message.InternalProcedureDueOn;
            if (fact.InternalSubmittedOn < message.PublishedOn)
            {
                fact.InternalSubmittedOn = null;
            }

            if (fact.InternalApprovedOn < message.PublishedOn)
            {
                fact.InternalApprovedOn = null;
            }

            if (fact.ElectronicUpdatedOn < message.PublishedOn)
            {
                fact.ElectronicUpdatedOn = null;
            }
        }
    }
}

public sealed class InternalProcedureSubmittedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<InternalProcedureSubmitted>(db, clock)
{
    public override async Task ProjectAsync(InternalProcedureSubmitted message, EventContext context, CancellationToken cancellationToken)
    {
        await ProcedureFacts.RecordAsync(Db, context, new CatalogEventFact { Code = message.ProcedureCode, Kind = CatalogEventKind.InternalSubmitted, On = message.SubmittedOn }, cancellationToken);
        var fact = await ProcedureFacts.GetOrAddAsync(Db, message.ProcedureCode, cancellationToken);
        fact.InternalSubmitDueOn = message.DueOn;
        fact.InternalSubmittedOn = message.SubmittedOn;
    }
}

public sealed class InternalProcedureApprovedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<InternalProcedureApproved>(db, clock)
{
    public override async Task ProjectAsync(InternalProcedureApproved message, EventContext context, CancellationToken cancellationToken)
    {
        await ProcedureFacts.RecordAsync(Db, context, new CatalogEventFact
        {
            Code = message.ProcedureCode, Kind = CatalogEventKind.InternalApproved, On = message.ApprovedOn, DecisionNumber = message.DecisionNumber,
        }, cancellationToken);
        var fact = await ProcedureFacts.GetOrAddAsync(Db, message.ProcedureCode, cancellationToken);
        fact.InternalApprovedOn = message.ApprovedOn;
    }
}

public sealed class ElectronicProcessUpdatedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<ElectronicProcessUpdated>(db, clock)
{
    public override async Task ProjectAsync(ElectronicProcessUpdated message, EventContext context, CancellationToken cancellationToken)
    {
        await ProcedureFacts.RecordAsync(Db, context, new CatalogEventFact { Code = message.ProcedureCode, Kind = CatalogEventKind.ElectronicUpdated, On = message.UpdatedOn }, cancellationToken);
        var fact = await ProcedureFacts.GetOrAddAsync(Db, message.ProcedureCode, cancellationToken);
        fact.ElectronicUpdatedOn = message.UpdatedOn;
    }
}

public sealed class SimplificationProposedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<SimplificationProposed>(db, clock)
{
    public override async Task ProjectAsync(SimplificationProposed message, EventContext context, CancellationToken cancellationToken)
    {
        if (await Db.Simplifications.FindAsync([message.ProposalId], cancellationToken) is not null)
        {
            return;
        }

        Db.Simplifications.Add(new SimplificationFact
        {
            ProposalId = message.ProposalId,
            ProcedureCode = message.ProcedureCode,
            Year = message.Year,
            CostBeforePerYear = message.CostBeforePerYear,
            CostAfterPerYear = message.CostAfterPerYear,
            SavingPerYear = message.SavingPerYear,
            SavingRate = message.SavingRate,
            PlanItemId = message.PlanItemId,
            FeedbackCodes = string.Join(",", message.FeedbackCodes),
            ProposedAt = message.ProposedAt.UtcDateTime,
        });
    }
}
