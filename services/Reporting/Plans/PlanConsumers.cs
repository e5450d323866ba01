using VanPhong.Contracts;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Plans;

/// <summary>
/// Builds the plan read model from the plan registry's events. The item's status and its percentage are each kept from
/// the event with the highest item version that speaks of them, whatever order they arrive in; an event about an item whose plan's issue has
/// not arrived yet starts the row (outside any year until PlanIssued completes it) instead of being dropped.
/// </summary>
internal static class PlanItemFacts
{
    public static async Task<PlanItemFact> GetOrAddAsync(ReportingDb db, Guid itemId, Guid planId, CancellationToken ct)
    {
        // FindAsync sees rows added earlier in the same unit of work, which a replay batch relies on.
        var fact = await db.PlanItems.FindAsync([itemId], ct);
        if (fact is null)
        {
            fact = new PlanItemFact { ItemId = itemId, PlanId = planId };
            db.PlanItems.Add(fact);
        }

        return fact;
    }

    /// <summary>The item as its plan's issue, or its addition to an issued plan, describes it.</summary>
    public static async Task DescribeAsync(ReportingDb db, Guid planId, int year, PlanItemSnapshot item, CancellationToken ct)
    {
        var fact = await GetOrAddAsync(db, item.ItemId, planId, ct);
        fact.PlanId = planId;
        fact.Year = year;
        fact.Code = item.Code;
        fact.SectionCode = item.SectionCode;
        fact.SectionTitle = item.SectionTitle;
        fact.LeadUnits = string.Join(",", item.LeadUnits);
        // A due date the office set by hand later (or earlier, reordered) is kept over the snapshot.
        if (item.Version >= fact.DueVersion)
        {
            fact.DueOn = item.DueOn;
        }

        fact.Weight = item.Weight;
        SetStatus(fact, item.Version, item.Status);
        SetPercent(fact, item.Version, item.Percent);
    }

    /// <summary>The item's status as of <paramref name="version"/>, unless a higher version is already known.</summary>
    public static void SetStatus(PlanItemFact fact, int version, string status)
    {
        if (version >= fact.StatusVersion)
        {
            fact.StatusVersion = version;
            fact.Status = status;
        }
    }

    /// <summary>The item's percentage as of <paramref name="version"/>, unless a higher version is already known.</summary>
    public static void SetPercent(PlanItemFact fact, int version, int percent)
    {
        if (version >= fact.PercentVersion)
        {
            fact.PercentVersion = version;
            fact.Percent = percent;
        }
    }
}

public sealed class PlanIssuedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanIssued>(db, clock)
{
    public override async Task ProjectAsync(PlanIssued message, EventContext context, CancellationToken cancellationToken)
    {
        foreach (var item in message.Items)
        {
            await PlanItemFacts.DescribeAsync(Db, message.PlanId, message.Year, item, cancellationToken);
        }
    }
}

public sealed class PlanItemAddedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanItemAdded>(db, clock)
{
    public override Task ProjectAsync(PlanItemAdded message, EventContext context, CancellationToken cancellationToken) =>
        PlanItemFacts.DescribeAsync(Db, message.PlanId, message.Year, message.Item, cancellationToken);
}

public sealed class PlanItemProgressReportedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanItemProgressReported>(db, clock)
{
    public override async Task ProjectAsync(PlanItemProgressReported message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await PlanItemFacts.GetOrAddAsync(Db, message.ItemId, message.PlanId, cancellationToken);
        if (fact.LastReportedOn is null || fact.LastReportedOn < message.ReportedOn)
        {
            fact.LastReportedOn = message.ReportedOn;
        }

        PlanItemFacts.SetStatus(fact, message.Version, message.Status);
        PlanItemFacts.SetPercent(fact, message.Version, message.Percent);
    }
}

public sealed class PlanItemCompletedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanItemCompleted>(db, clock)
{
    public override async Task ProjectAsync(PlanItemCompleted message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await PlanItemFacts.GetOrAddAsync(Db, message.ItemId, message.PlanId, cancellationToken);
        fact.CompletedOn = message.CompletedOn;
        fact.CompletedLate = message.Late;
        PlanItemFacts.SetStatus(fact, message.Version, message.Late ? "CompletedLate" : "Completed");
        PlanItemFacts.SetPercent(fact, message.Version, 100);
    }
}

public sealed class PlanItemOverdueConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanItemOverdue>(db, clock)
{
    public override async Task ProjectAsync(PlanItemOverdue message, EventContext context, CancellationToken cancellationToken)
    {
        // Only the item itself falling overdue changes its state (not a check-in or an obligation of it).
        if (message.Kind != "Item")
        {
            return;
        }

        var fact = await PlanItemFacts.GetOrAddAsync(Db, message.ItemId, message.PlanId, cancellationToken);
        var since = message.DueOn.AddDays(1);
        fact.OverdueSince = fact.OverdueSince is { } known && known <= since ? known : since;
        PlanItemFacts.SetStatus(fact, message.Version, "Overdue");
    }
}

public sealed class PlanItemCancelledConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanItemCancelled>(db, clock)
{
    public override async Task ProjectAsync(PlanItemCancelled message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await PlanItemFacts.GetOrAddAsync(Db, message.ItemId, message.PlanId, cancellationToken);
        PlanItemFacts.SetStatus(fact, message.Version, PlanItemStatuses.Cancelled);
    }
}

public sealed class PlanItemDueDateSetConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<PlanItemDueDateSet>(db, clock)
{
    public override async Task ProjectAsync(PlanItemDueDateSet message, EventContext context, CancellationToken cancellationToken)
    {
        var fact = await PlanItemFacts.GetOrAddAsync(Db, message.ItemId, message.PlanId, cancellationToken);
        if (message.Version >= fact.DueVersion)
        {
            fact.DueVersion = message.Version;
            fact.DueOn = message.DueOn;
        }
    }
}
