using MassTransit;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;

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
}

public sealed class ProcedurePublishedConsumer(ReportingDb db, TimeProvider clock) : IdempotentConsumer<ProcedurePublished, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(ProcedurePublished message, ConsumeContext<ProcedurePublished> context)
    {
        var fact = await ProcedureFacts.GetOrAddAsync(Db, message.Code, context.CancellationToken);
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
        if (message.Change != "Abolished" && (fact.InternalSubmittedOn is null || fact.InternalSubmittedOn < message.PublishedOn))
        {
            // A new or amended procedure needs its internal procedure (re)approved.
            fact.InternalSubmitDueOn = message.InternalProcedureDueOn;
            fact.InternalSubmittedOn = null;
            fact.InternalApprovedOn = null;
            fact.ElectronicUpdatedOn = null;
        }
    }
}

public sealed class InternalProcedureSubmittedConsumer(ReportingDb db, TimeProvider clock) : IdempotentConsumer<InternalProcedureSubmitted, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(InternalProcedureSubmitted message, ConsumeContext<InternalProcedureSubmitted> context)
    {
        var fact = await ProcedureFacts.GetOrAddAsync(Db, message.ProcedureCode, context.CancellationToken);
        fact.InternalSubmitDueOn = message.DueOn;
        fact.InternalSubmittedOn = message.SubmittedOn;
    }
}

public sealed class InternalProcedureApprovedConsumer(ReportingDb db, TimeProvider clock) : IdempotentConsumer<InternalProcedureApproved, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(InternalProcedureApproved message, ConsumeContext<InternalProcedureApproved> context)
    {
        var fact = await ProcedureFacts.GetOrAddAsync(Db, message.ProcedureCode, context.CancellationToken);
        fact.InternalApprovedOn = message.ApprovedOn;
    }
}

public sealed class ElectronicProcessUpdatedConsumer(ReportingDb db, TimeProvider clock) : IdempotentConsumer<ElectronicProcessUpdated, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(ElectronicProcessUpdated message, ConsumeContext<ElectronicProcessUpdated> context)
    {
        var fact = await ProcedureFacts.GetOrAddAsync(Db, message.ProcedureCode, context.CancellationToken);
        fact.ElectronicUpdatedOn = message.UpdatedOn;
    }
}

public sealed class SimplificationProposedConsumer(ReportingDb db, TimeProvider clock) : IdempotentConsumer<SimplificationProposed, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(SimplificationProposed message, ConsumeContext<SimplificationProposed> context)
    {
        if (await Db.Simplifications.FindAsync([message.ProposalId], context.CancellationToken) is not null)
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
