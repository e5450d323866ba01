using Microsoft.EntityFrameworkCore;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Plans;

/// <summary>Builds the plan read model from the plan registry's events.</summary>
public sealed class PlanIssuedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanIssued>(db, clock)
{
    public override async Task ProjectAsync(PlanIssued message, EventContext context, CancellationToken cancellationToken)
    {
        foreach (var item in message.Items)
        {
            // FindAsync sees rows added earlier in the same unit of work, which a replay batch relies on.
            var fact = await Db.PlanItems.FindAsync([item.ItemId], cancellationToken);
            if (fact is null)
            {
                fact = new PlanItemFact { ItemId = item.ItemId, Status = item.Status, Percent = item.Percent };
                Db.PlanItems.Add(fact);
            }

            fact.PlanId = message.PlanId;
            fact.Year = message.Year;
            fact.Code = item.Code;
            fact.SectionCode = item.SectionCode;
            fact.SectionTitle = item.SectionTitle;
            fact.LeadUnits = string.Join(",", item.LeadUnits);
            fact.DueOn = item.DueOn;
            fact.Weight = item.Weight;
        }
    }
}

public sealed class PlanItemProgressReportedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanItemProgressReported>(db, clock)
{
    public override async Task ProjectAsync(PlanItemProgressReported message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await Db.PlanItems.FindAsync([message.ItemId], cancellationToken);
        var at = context.SentAt;
        // Completion and cancellation are final; among progress reports the latest wins.
        if (fact is null || fact.CompletedOn is not null || fact.Status == "Cancelled" || fact.ChangedAt > at)
        {
            return;
        }

        fact.Percent = message.Percent;
        fact.Status = message.Status;
        fact.LastReportedOn = message.ReportedOn;
        fact.ChangedAt = at;
    }
}

public sealed class PlanItemCompletedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanItemCompleted>(db, clock)
{
    public override async Task ProjectAsync(PlanItemCompleted message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await Db.PlanItems.FindAsync([message.ItemId], cancellationToken);
        if (fact is null)
        {
            return;
        }

        fact.Percent = 100;
        fact.Status = message.Late ? "CompletedLate" : "Completed";
        fact.CompletedOn = message.CompletedOn;
        fact.CompletedLate = message.Late;
        fact.ChangedAt = context.SentAt;
    }
}

public sealed class PlanItemOverdueConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanItemOverdue>(db, clock)
{
    public override async Task ProjectAsync(PlanItemOverdue message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await Db.PlanItems.FindAsync([message.ItemId], cancellationToken);
        if (fact is null || message.Kind != "Item" || fact.CompletedOn is not null)
        {
            return;
        }

        fact.Status = "Overdue";
        fact.OverdueSince ??= message.DueOn.AddDays(1);
    }
}

public sealed class PlanItemCancelledConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanItemCancelled>(db, clock)
{
    public override async Task ProjectAsync(PlanItemCancelled message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await Db.PlanItems.FindAsync([message.ItemId], cancellationToken);
        if (fact is not null)
        {
            fact.Status = "Cancelled";
            fact.ChangedAt = context.SentAt;
        }
    }
}
