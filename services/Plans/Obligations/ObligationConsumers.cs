using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Plans.Data;
using VanPhong.Plans.Model;
using VanPhong.Plans.Timeframes;

namespace VanPhong.Plans.Obligations;

/// <summary>
/// Relative rules become due dates when their event happens: a procedure published (new or amended) in the catalog
/// starts the "30 working days to submit the internal procedure" of item III.6; an approved internal procedure starts
/// the "3 days to update the electronic process" of III.7. Each such event starts one clock — one obligation per item
/// with that rule, keyed by the day it started — and the milestone events name the clock they settle (the publication
/// or approval date they carry). Events arrive in any order: a milestone that overtakes the event starting its clock
/// opens the obligation itself, and the starting event, when it comes, completes its description.
/// </summary>
internal static class Obligations
{
    public static async Task OpenAsync(PlansDb db, WorkingDayCalendar calendar, RelativeTrigger trigger, string subject, DateOnly on, string? description, CancellationToken ct)
    {
        var items = await db.Items
            .Where(i => i.RelativeTrigger == trigger && i.Status != ItemStatus.Cancelled)
            .Join(db.Plans.Where(p => p.Status == PlanStatus.Issued && p.Year == on.Year), i => i.PlanId, p => p.Id, (i, _) => i)
            .ToListAsync(ct);
        foreach (var item in items)
        {
            var opened = db.Obligations.Local.FirstOrDefault(o => o.ItemId == item.Id && o.Subject == subject && o.TriggeredOn == on)
                ?? await db.Obligations.SingleOrDefaultAsync(o => o.ItemId == item.Id && o.Subject == subject && o.TriggeredOn == on, ct);
            if (opened is not null)
            {
                // Opened earlier by a milestone that came first: the starting event's description is the full one.
                opened.Description = description ?? opened.Description;
                continue;
            }

            db.Obligations.Add(new Obligation
            {
                ItemId = item.Id,
                Subject = subject,
                Description = description ?? ShortDescription(trigger, subject),
                TriggeredOn = on,
                DueOn = item.RelativeRule!.DueAfter(on, calendar),
            });
        }
    }

    /// <summary>
    /// Settles the obligation of the clock that started on <paramref name="startedOn"/>, on the earliest day that settled
    /// it (an approval settles a submission never recorded; a submission arriving after the approval carries the true
    /// day). A milestone from before clocks were named (no date) settles every open clock that started by then.
    /// </summary>
    public static async Task FulfilAsync(PlansDb db, WorkingDayCalendar calendar, RelativeTrigger trigger, string subject, DateOnly? startedOn, DateOnly on, CancellationToken ct)
    {
        if (startedOn is { } started)
        {
            await OpenAsync(db, calendar, trigger, subject, started, description: null, ct);
        }

        var candidates = db.Obligations.Local
            .Where(o => o.Subject == subject && db.Entry(o).State == EntityState.Added)
            .Concat(await db.Obligations.Where(o => o.Subject == subject).ToListAsync(ct))
            .Distinct()
            .ToList();
        var itemIds = candidates.Select(o => o.ItemId).Distinct().ToList();
        var ofTrigger = await db.Items.Where(i => itemIds.Contains(i.Id) && i.RelativeTrigger == trigger).Select(i => i.Id).ToListAsync(ct);
        foreach (var obligation in candidates.Where(o => ofTrigger.Contains(o.ItemId)
                     && (startedOn is { } s ? o.TriggeredOn == s : o.TriggeredOn <= on)
                     && (o.FulfilledOn is null || o.FulfilledOn > on)))
        {
            obligation.FulfilledOn = on;
        }
    }

    private static string ShortDescription(RelativeTrigger trigger, string subject) => trigger == RelativeTrigger.ProcedurePublished
        ? $"Trình phê duyệt quy trình nội bộ TTHC {subject}"
        : $"Đề xuất cập nhật quy trình điện tử TTHC {subject}";
}

public sealed class ProcedurePublishedConsumer(PlansDb db, WorkingDayCalendar calendar, TimeProvider clock)
    : IdempotentConsumer<ProcedurePublished, PlansDb>(db, clock)
{
    protected override Task ApplyAsync(ProcedurePublished message, Delivery delivery) =>
        message.Change == ProcedureChanges.Abolished
            ? Task.CompletedTask
            : Obligations.OpenAsync(Db, calendar, RelativeTrigger.ProcedurePublished, message.Code, message.PublishedOn,
                $"Trình phê duyệt quy trình nội bộ TTHC {message.Code} ({message.Name}), công bố theo {message.DecisionNumber}", delivery.CancellationToken);
}

public sealed class InternalProcedureSubmittedConsumer(PlansDb db, WorkingDayCalendar calendar, TimeProvider clock)
    : IdempotentConsumer<InternalProcedureSubmitted, PlansDb>(db, clock)
{
    protected override Task ApplyAsync(InternalProcedureSubmitted message, Delivery delivery) =>
        Obligations.FulfilAsync(Db, calendar, RelativeTrigger.ProcedurePublished, message.ProcedureCode, message.PublishedOn, message.SubmittedOn, delivery.CancellationToken);
}

public sealed class InternalProcedureApprovedConsumer(PlansDb db, WorkingDayCalendar calendar, TimeProvider clock)
    : IdempotentConsumer<InternalProcedureApproved, PlansDb>(db, clock)
{
    protected override async Task ApplyAsync(InternalProcedureApproved message, Delivery delivery)
    {
        // Approval also settles a submission obligation that was never marked submitted, and starts the 03-day clock.
        await Obligations.FulfilAsync(Db, calendar, RelativeTrigger.ProcedurePublished, message.ProcedureCode, message.PublishedOn, message.ApprovedOn, delivery.CancellationToken);
        await Obligations.OpenAsync(Db, calendar, RelativeTrigger.InternalProcedureApproved, message.ProcedureCode, message.ApprovedOn,
            $"Đề xuất cập nhật quy trình điện tử TTHC {message.ProcedureCode} (quy trình nội bộ phê duyệt theo {message.DecisionNumber})", delivery.CancellationToken);
    }
}

public sealed class ElectronicProcessUpdatedConsumer(PlansDb db, WorkingDayCalendar calendar, TimeProvider clock)
    : IdempotentConsumer<ElectronicProcessUpdated, PlansDb>(db, clock)
{
    protected override Task ApplyAsync(ElectronicProcessUpdated message, Delivery delivery) =>
        Obligations.FulfilAsync(Db, calendar, RelativeTrigger.InternalProcedureApproved, message.ProcedureCode, message.ApprovedOn, message.UpdatedOn, delivery.CancellationToken);
}
