using MassTransit;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Plans.Data;
using VanPhong.Plans.Model;
using VanPhong.Plans.Timeframes;

namespace VanPhong.Plans.Obligations;

/// <summary>
/// Relative rules become due dates when their event happens: a procedure published in the catalog starts the
/// "30 working days to submit the internal procedure" of item III.6; an approved internal procedure starts the
/// "3 days to update the electronic process" of III.7. Each event gives one obligation per item with that rule.
/// </summary>
internal static class Obligations
{
    public static async Task OpenAsync(PlansDb db, WorkingDayCalendar calendar, RelativeTrigger trigger, string subject, DateOnly on, string description, CancellationToken ct)
    {
        var items = await db.Items
            .Where(i => i.RelativeTrigger == trigger && i.Status != ItemStatus.Cancelled)
            .Join(db.Plans.Where(p => p.Status == PlanStatus.Issued && p.Year == on.Year), i => i.PlanId, p => p.Id, (i, _) => i)
            .ToListAsync(ct);
        foreach (var item in items)
        {
            if (await db.Obligations.AnyAsync(o => o.ItemId == item.Id && o.Subject == subject, ct))
            {
                continue;
            }

            db.Obligations.Add(new Obligation
            {
                ItemId = item.Id,
                Subject = subject,
                Description = description,
                TriggeredOn = on,
                DueOn = item.RelativeRule!.DueAfter(on, calendar),
            });
        }
    }

    /// <summary>
    /// A settling event that overtook the event which starts the clock: open the obligation from the date it carries
    /// (saved first, so the fulfilment below finds it); the starting event then finds it already there.
    /// </summary>
    public static async Task OpenBeforeFulfillingAsync(PlansDb db, WorkingDayCalendar calendar, RelativeTrigger trigger, string subject, DateOnly? startedOn, CancellationToken ct)
    {
        if (startedOn is not { } on
            || await db.Obligations.Where(o => o.Subject == subject).Join(db.Items.Where(i => i.RelativeTrigger == trigger), o => o.ItemId, i => i.Id, (o, _) => o).AnyAsync(ct))
        {
            return;
        }

        var description = trigger == RelativeTrigger.ProcedurePublished
            ? $"Trình phê duyệt quy trình nội bộ TTHC {subject}"
            : $"Đề xuất cập nhật quy trình điện tử TTHC {subject}";
        await OpenAsync(db, calendar, trigger, subject, on, description, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Settles the obligation on the earliest day that settled it: approval settles a submission never recorded,
    /// but when the submission's event comes after the approval's, the submission's day is the true one.
    /// </summary>
    public static async Task FulfilAsync(PlansDb db, RelativeTrigger trigger, string subject, DateOnly on, CancellationToken ct)
    {
        var open = await db.Obligations
            .Where(o => o.Subject == subject && (o.FulfilledOn == null || o.FulfilledOn > on))
            .Join(db.Items.Where(i => i.RelativeTrigger == trigger), o => o.ItemId, i => i.Id, (o, _) => o)
            .ToListAsync(ct);
        foreach (var obligation in open)
        {
            obligation.FulfilledOn = on;
        }
    }
}

public sealed class ProcedurePublishedConsumer(PlansDb db, WorkingDayCalendar calendar, TimeProvider clock)
    : IdempotentConsumer<ProcedurePublished, PlansDb>(db, clock)
{
    protected override Task ApplyAsync(ProcedurePublished message, Delivery delivery) =>
        message.Change == "Abolished"
            ? Task.CompletedTask
            : Obligations.OpenAsync(Db, calendar, RelativeTrigger.ProcedurePublished, message.Code, message.PublishedOn,
                $"Trình phê duyệt quy trình nội bộ TTHC {message.Code} ({message.Name}), công bố theo {message.DecisionNumber}", delivery.CancellationToken);
}

public sealed class InternalProcedureSubmittedConsumer(PlansDb db, WorkingDayCalendar calendar, TimeProvider clock)
    : IdempotentConsumer<InternalProcedureSubmitted, PlansDb>(db, clock)
{
    protected override async Task ApplyAsync(InternalProcedureSubmitted message, Delivery delivery)
    {
        await Obligations.OpenBeforeFulfillingAsync(Db, calendar, RelativeTrigger.ProcedurePublished, message.ProcedureCode, message.PublishedOn, delivery.CancellationToken);
        await Obligations.FulfilAsync(Db, RelativeTrigger.ProcedurePublished, message.ProcedureCode, message.SubmittedOn, delivery.CancellationToken);
    }
}

public sealed class InternalProcedureApprovedConsumer(PlansDb db, WorkingDayCalendar calendar, TimeProvider clock)
    : IdempotentConsumer<InternalProcedureApproved, PlansDb>(db, clock)
{
    protected override async Task ApplyAsync(InternalProcedureApproved message, Delivery delivery)
    {
        // Approval also settles a submission obligation that was never marked submitted.
        await Obligations.OpenBeforeFulfillingAsync(Db, calendar, RelativeTrigger.ProcedurePublished, message.ProcedureCode, message.PublishedOn, delivery.CancellationToken);
        await Obligations.FulfilAsync(Db, RelativeTrigger.ProcedurePublished, message.ProcedureCode, message.ApprovedOn, delivery.CancellationToken);
        await Obligations.OpenAsync(Db, calendar, RelativeTrigger.InternalProcedureApproved, message.ProcedureCode, message.ApprovedOn,
            $"Đề xuất cập nhật quy trình điện tử TTHC {message.ProcedureCode} (quy trình nội bộ phê duyệt theo {message.DecisionNumber})", delivery.CancellationToken);
    }
}

public sealed class ElectronicProcessUpdatedConsumer(PlansDb db, WorkingDayCalendar calendar, TimeProvider clock)
    : IdempotentConsumer<ElectronicProcessUpdated, PlansDb>(db, clock)
{
    protected override async Task ApplyAsync(ElectronicProcessUpdated message, Delivery delivery)
    {
        await Obligations.OpenBeforeFulfillingAsync(Db, calendar, RelativeTrigger.InternalProcedureApproved, message.ProcedureCode, message.ApprovedOn, delivery.CancellationToken);
        await Obligations.FulfilAsync(Db, RelativeTrigger.InternalProcedureApproved, message.ProcedureCode, message.UpdatedOn, delivery.CancellationToken);
    }
}
