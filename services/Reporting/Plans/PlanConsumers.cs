using MassTransit;
using Microsoft.EntityFrameworkCore;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;

namespace VanPhong.Reporting.Plans;

/// <summary>Builds the plan read model from the plan registry's events.</summary>
public sealed class PlanIssuedConsumer(ReportingDb db, TimeProvider clock) : IdempotentConsumer<PlanIssued, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(PlanIssued message, ConsumeContext<PlanIssued> context)
    {
        var ids = message.Items.Select(i => i.ItemId).ToList();
        var existing = await Db.PlanItems.Where(f => ids.Contains(f.ItemId)).ToDictionaryAsync(f => f.ItemId, context.CancellationToken);
        foreach (var item in message.Items)
        {
            if (!existing.TryGetValue(item.ItemId, out var fact))
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

public sealed class PlanItemProgressReportedConsumer(ReportingDb db, TimeProvider clock) : IdempotentConsumer<PlanItemProgressReported, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(PlanItemProgressReported message, ConsumeContext<PlanItemProgressReported> context)
    {
        var fact = await Db.PlanItems.FindAsync([message.ItemId], context.CancellationToken);
        var at = context.SentTime ?? DateTime.UtcNow;
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

public sealed class PlanItemCompletedConsumer(ReportingDb db, TimeProvider clock) : IdempotentConsumer<PlanItemCompleted, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(PlanItemCompleted message, ConsumeContext<PlanItemCompleted> context)
    {
        var fact = await Db.PlanItems.FindAsync([message.ItemId], context.CancellationToken);
        if (fact is null)
        {
            return;
        }

        fact.Percent = 100;
        fact.Status = message.Late ? "CompletedLate" : "Completed";
        fact.CompletedOn = message.CompletedOn;
        fact.CompletedLate = message.Late;
        fact.ChangedAt = context.SentTime ?? DateTime.UtcNow;
    }
}

public sealed class PlanItemOverdueConsumer(ReportingDb db, TimeProvider clock) : IdempotentConsumer<PlanItemOverdue, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(PlanItemOverdue message, ConsumeContext<PlanItemOverdue> context)
    {
        var fact = await Db.PlanItems.FindAsync([message.ItemId], context.CancellationToken);
        if (fact is null || message.Kind != "Item" || fact.CompletedOn is not null)
        {
            return;
        }

        fact.Status = "Overdue";
        fact.OverdueSince ??= message.DueOn.AddDays(1);
    }
}

public sealed class PlanItemCancelledConsumer(ReportingDb db, TimeProvider clock) : IdempotentConsumer<PlanItemCancelled, ReportingDb>(db, clock)
{
    protected override async Task ApplyAsync(PlanItemCancelled message, ConsumeContext<PlanItemCancelled> context)
    {
        var fact = await Db.PlanItems.FindAsync([message.ItemId], context.CancellationToken);
        if (fact is not null)
        {
            fact.Status = "Cancelled";
            fact.ChangedAt = context.SentTime ?? DateTime.UtcNow;
        }
    }
}
