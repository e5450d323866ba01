using MassTransit;
using Microsoft.EntityFrameworkCore;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Plans.Data;

namespace VanPhong.Plans.Targets;

/// <summary>Shows the current actual value of a target ("100% TTHC có quy trình nội bộ": now 87.5%) as reporting measures it.</summary>
public sealed class KpiMeasuredConsumer(PlansDb db, TimeProvider clock) : IdempotentConsumer<KpiMeasured, PlansDb>(db, clock)
{
    protected override async Task ApplyAsync(KpiMeasured message, Delivery delivery)
    {
        var targets = await Db.Targets
            .Where(t => t.Metric == message.Metric)
            .Join(Db.Items, t => t.ItemId, i => i.Id, (t, i) => new { Target = t, i.PlanId })
            .Join(Db.Plans.Where(p => p.Year == message.Year), x => x.PlanId, p => p.Id, (x, _) => x.Target)
            .ToListAsync(delivery.CancellationToken);
        // The latest measurement holds: by the day it is as of, then by when it was taken (a report regenerated the same day).
        var measuredAt = message.MeasuredAt?.UtcDateTime;
        foreach (var target in targets.Where(t => t.ActualAsOf is null || (t.ActualAsOf, t.ActualMeasuredAt ?? DateTime.MinValue).CompareTo((message.AsOf, measuredAt ?? DateTime.MinValue)) <= 0))
        {
            target.ActualValue = message.Value;
            target.ActualAsOf = message.AsOf;
            target.ActualMeasuredAt = measuredAt;
        }
    }
}
