using Microsoft.EntityFrameworkCore;
using VanPhong.Contracts;
using VanPhong.Persistence;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Catalog;

/// <summary>
/// Builds the catalog read model. Every catalog event is kept once in the procedure's history
/// (<see cref="CatalogEventFact"/>), and the procedure's row is worked out again from that whole history each time:
/// the publication in force is the one with the latest effective date (then version), and each internal-procedure
/// milestone is the earliest one of that publication's clock. A function of the set of events, not of their order,
/// so a milestone that overtakes its publication, an older decision arriving late, or a repeated event all end the same.
/// </summary>
internal static class ProcedureFacts
{
    /// <summary>Keeps the event in the catalog history, once, and recomputes the procedure from it.</summary>
    public static async Task RecordAsync(ReportingDb db, EventContext context, CatalogEventFact fact, CancellationToken ct)
    {
        if (await db.CatalogEvents.FindAsync([context.MessageId], ct) is null)
        {
            fact.EventId = context.MessageId;
            db.CatalogEvents.Add(fact);
        }

        await RecomputeAsync(db, fact.Code, ct);
    }

    private static async Task RecomputeAsync(ReportingDb db, string code, CancellationToken ct)
    {
        // The saved history and what this unit of work added (a replay batch saves once at its end).
        var saved = await db.CatalogEvents.Where(e => e.Code == code).ToListAsync(ct);
        var history = saved.Concat(db.CatalogEvents.Local.Where(e => e.Code == code)).DistinctBy(e => e.EventId).ToList();

        var fact = await db.Procedures.FindAsync([code], ct);
        if (fact is null)
        {
            fact = new ProcedureFact { Code = code };
            db.Procedures.Add(fact);
        }

        var publications = history.Where(e => e.Kind == CatalogEventKind.Published)
            .OrderBy(e => e.EffectiveOn).ThenBy(e => e.Version).ThenBy(e => e.On).ThenBy(e => e.EventId).ToList();
        if (publications.LastOrDefault() is { } current)
        {
            fact.Name = current.Name ?? "";
            fact.Sector = current.Sector ?? "";
            fact.LastChange = current.Change ?? "";
            fact.Abolished = current.Change == ProcedureChanges.Abolished;
            fact.DecisionNumber = current.DecisionNumber ?? "";
            fact.PublishedOn = current.On;
            fact.EffectiveOn = current.EffectiveOn;
            fact.OnlineLevel = current.OnlineLevel ?? "None";
            fact.OneStop = current.OneStop;
            fact.PostalService = current.PostalService;
            fact.OnlinePayment = current.OnlinePayment;
            fact.ProcessingDays = current.ProcessingDays;
            fact.IsSample = current.IsSample;
            fact.Version = current.Version;
        }

        // The clock runs from the latest publication that needs an internal procedure (new or amended); an abolition
        // keeps what was recorded for the version it ended.
        var clock = publications.LastOrDefault(p => p.Change != ProcedureChanges.Abolished);
        bool OfThisClock(CatalogEventFact e) => clock is null
            || (e.PublishedOn is { } started ? started == clock.On : e.On >= clock.On);
        DateOnly? Earliest(CatalogEventKind kind) =>
            history.Where(e => e.Kind == kind && OfThisClock(e)).Select(e => (DateOnly?)e.On).Min();

        var submission = history.Where(e => e.Kind == CatalogEventKind.InternalSubmitted && OfThisClock(e)).OrderBy(e => e.On).FirstOrDefault();
        fact.InternalSubmitDueOn = clock?.DueOn ?? submission?.DueOn;
        fact.InternalSubmittedOn = submission?.On;
        fact.InternalApprovedOn = Earliest(CatalogEventKind.InternalApproved);
        fact.ElectronicUpdatedOn = Earliest(CatalogEventKind.ElectronicUpdated);
    }
}

public sealed class ProcedurePublishedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<ProcedurePublished>(db, clock)
{
    public override async Task ProjectAsync(ProcedurePublished message, EventContext context, CancellationToken cancellationToken)
    {
        foreach (var id in message.ProposalIds ?? [])
        {
            var proposal = await SimplificationFacts.FindOrAddAsync(Db, id, message.Code, cancellationToken);
            proposal.DecisionNumber = message.DecisionNumber;
            proposal.CarriedOutOn = message.EffectiveOn;
            proposal.ProcedureVersion = message.Version;
            proposal.Change = message.Change;
        }

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
            ProcessingDays = message.ProcessingDays,
            Version = message.Version,
            DueOn = message.InternalProcedureDueOn,
        }, cancellationToken);
    }
}

/// <summary>A simplification proposal's row, filled in by its proposal and by the decision that carried it out, in either order.</summary>
internal static class SimplificationFacts
{
    /// <summary>A row seen only through its decision has the minimum as its proposal time: no period counts it until the proposal arrives.</summary>
    public static Task<SimplificationFact> FindOrAddAsync(ReportingDb db, Guid id, string code, CancellationToken cancellationToken) =>
        db.Simplifications.FindOrAddAsync(id, () => new SimplificationFact { ProposalId = id, ProcedureCode = code, ProposedAt = DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc) },
            cancellationToken);
}

public sealed class InternalProcedureSubmittedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<InternalProcedureSubmitted>(db, clock)
{
    public override Task ProjectAsync(InternalProcedureSubmitted message, EventContext context, CancellationToken cancellationToken) =>
        ProcedureFacts.RecordAsync(Db, context, new CatalogEventFact
        {
            Code = message.ProcedureCode, Kind = CatalogEventKind.InternalSubmitted, On = message.SubmittedOn, DueOn = message.DueOn, PublishedOn = message.PublishedOn,
        }, cancellationToken);
}

public sealed class InternalProcedureApprovedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<InternalProcedureApproved>(db, clock)
{
    public override Task ProjectAsync(InternalProcedureApproved message, EventContext context, CancellationToken cancellationToken) =>
        ProcedureFacts.RecordAsync(Db, context, new CatalogEventFact
        {
            Code = message.ProcedureCode, Kind = CatalogEventKind.InternalApproved, On = message.ApprovedOn, DecisionNumber = message.DecisionNumber, PublishedOn = message.PublishedOn,
        }, cancellationToken);
}

public sealed class ElectronicProcessUpdatedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<ElectronicProcessUpdated>(db, clock)
{
    public override Task ProjectAsync(ElectronicProcessUpdated message, EventContext context, CancellationToken cancellationToken) =>
        ProcedureFacts.RecordAsync(Db, context, new CatalogEventFact { Code = message.ProcedureCode, Kind = CatalogEventKind.ElectronicUpdated, On = message.UpdatedOn }, cancellationToken);
}

public sealed class SimplificationProposedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<SimplificationProposed>(db, clock)
{
    public override async Task ProjectAsync(SimplificationProposed message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await SimplificationFacts.FindOrAddAsync(Db, message.ProposalId, message.ProcedureCode, cancellationToken);
        fact.Year = message.Year;
        fact.CostBeforePerYear = message.CostBeforePerYear;
        fact.CostAfterPerYear = message.CostAfterPerYear;
        fact.SavingPerYear = message.SavingPerYear;
        fact.SavingRate = message.SavingRate;
        fact.PlanItemId = message.PlanItemId;
        fact.PlanItemCode = message.PlanItemCode;
        fact.FeedbackCodes = string.Join(",", message.FeedbackCodes);
        fact.ProposedAt = message.ProposedAt.UtcDateTime;
    }
}
