using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Notifications;
using VanPhong.Plans.Data;
using VanPhong.Plans.Model;
using VanPhong.Plans.Units;

namespace VanPhong.Plans.Urging;

public sealed class UrgingOptions
{
    /// <summary>Run the daily job at all (tests trigger it by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Local (Vietnam) time of day the job runs on working days.</summary>
    public TimeOnly RunAt { get; set; } = new(7, 0);

    /// <summary>An item is "due soon" this many working days before its due date.</summary>
    public int DueSoonWorkingDays { get; set; } = 5;

    /// <summary>While an item stays overdue, its unit is reminded again every so many working days.</summary>
    public int RepeatOverdueEveryWorkingDays { get; set; } = 5;
}

public sealed record UrgingResult(DateOnly Day, int DueSoon, int Overdue, int CheckIns, int RemindersSent, int RemindersFailed);

/// <summary>
/// Đôn đốc: on a working day, flags what approaches its due date and what is overdue — items, obligations under
/// relative rules, quarterly check-ins — publishes PlanItemDueSoon / PlanItemOverdue, and reminds the lead units'
/// heads by mail (to the unit's mailbox, through the mail outbox), recording every reminder.
/// </summary>
public sealed class UrgingService(PlansDb db, WorkingDayCalendar calendar, TimeProvider clock, IOptions<UrgingOptions> options, ILogger<UrgingService> logger)
{
    private readonly UrgingOptions _options = options.Value;

    public async Task<UrgingResult> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var plans = await db.Plans.Include(p => p.Items).Where(p => p.Status == PlanStatus.Issued).ToListAsync(cancellationToken);
        var planItems = plans.SelectMany(p => p.Items.Where(i => !i.IsGroup && !i.IsClosed).Select(i => (Plan: p, Item: i))).ToList();
        var itemIds = planItems.Select(x => x.Item.Id).ToList();
        var obligations = await db.Obligations.Where(o => itemIds.Contains(o.ItemId) && o.FulfilledOn == null).ToListAsync(cancellationToken);
        var lastOverdueReminders = (await db.Reminders.AsNoTracking()
                .Where(r => itemIds.Contains(r.ItemId) && (r.Kind == ReminderKind.Overdue || r.Kind == ReminderKind.ObligationOverdue))
                .ToListAsync(cancellationToken))
            .GroupBy(r => (r.ItemId, r.ObligationId)).ToDictionary(g => g.Key, g => VietnamTime.DateOf(new DateTimeOffset(g.Max(r => r.SentAt))));

        var outgoing = new List<Reminder>();
        int dueSoon = 0, overdue = 0, checkIns = 0;
        foreach (var (plan, item) in planItems)
        {
            var lead = item.LeadUnits;
            if (item.DueOn is { } due)
            {
                if (today > due)
                {
                    if (item.Status != ItemStatus.Overdue)
                    {
                        db.AddEvent(item.FallOverdue(plan, due, clock.GetUtcNow()), clock);
                        overdue++;
                        outgoing.AddRange(Remind(item, null, ReminderKind.Overdue, due, units));
                    }
                    else if (RepeatDue(lastOverdueReminders, (item.Id, null), today))
                    {
                        outgoing.AddRange(Remind(item, null, ReminderKind.Overdue, due, units));
                    }
                }
                else if (calendar.WorkingDaysBetween(today, due) <= _options.DueSoonWorkingDays && item.DueSoonSentFor != due)
                {
                    db.AddEvent(item.WarnDueSoon(plan, due), clock);
                    dueSoon++;
                    outgoing.AddRange(Remind(item, null, ReminderKind.DueSoon, due, units));
                }
            }

            if (item.NextCheckInOn is { } checkIn && item.CheckInReminderSentFor != checkIn
                && (today > checkIn || calendar.WorkingDaysBetween(today, checkIn) <= _options.DueSoonWorkingDays))
            {
                checkIns++;
                db.AddEvent(item.RemindCheckIn(plan, checkIn, today), clock);
                outgoing.AddRange(Remind(item, null, ReminderKind.CheckIn, checkIn, units));
            }

            foreach (var obligation in obligations.Where(o => o.ItemId == item.Id))
            {
                if (today > obligation.DueOn)
                {
                    if (!obligation.Overdue)
                    {
                        obligation.Overdue = true;
                        overdue++;
                        db.AddEvent(new PlanItemOverdue(plan.Id, item.Id, plan.Year, item.Code, lead, obligation.DueOn, "Obligation:" + obligation.Subject, item.Version), clock);
                        outgoing.AddRange(Remind(item, obligation, ReminderKind.ObligationOverdue, obligation.DueOn, units));
                    }
                    else if (RepeatDue(lastOverdueReminders, (item.Id, obligation.Id), today))
                    {
                        outgoing.AddRange(Remind(item, obligation, ReminderKind.ObligationOverdue, obligation.DueOn, units));
                    }
                }
                else if (calendar.WorkingDaysBetween(today, obligation.DueOn) <= _options.DueSoonWorkingDays && obligation.DueSoonSentFor != obligation.DueOn)
                {
                    obligation.DueSoonSentFor = obligation.DueOn;
                    dueSoon++;
                    db.AddEvent(new PlanItemDueSoon(plan.Id, item.Id, plan.Year, item.Code, lead, obligation.DueOn, "Obligation:" + obligation.Subject, item.Version), clock);
                    outgoing.AddRange(Remind(item, obligation, ReminderKind.ObligationDueSoon, obligation.DueOn, units));
                }
            }
        }

        // The flags, the events, the reminders and their mails commit together: the mail outbox sends each mail once,
        // retrying while the mail server is down, so a crash after this commit loses no reminder.
        foreach (var reminder in outgoing)
        {
            await QueueAsync(reminder, planItems.First(x => x.Item.Id == reminder.ItemId).Item, obligations.FirstOrDefault(o => o.Id == reminder.ObligationId), cancellationToken);
            db.Reminders.Add(reminder);
        }

        await db.SaveChangesAsync(cancellationToken);
        var result = new UrgingResult(today, dueSoon, overdue, checkIns, outgoing.Count(r => r.Error is null), outgoing.Count(r => r.Error is not null));
        logger.LogInformation("Urging of {Day}: {DueSoon} due soon, {Overdue} overdue, {CheckIns} check-ins, {Sent} reminders sent, {Failed} failed",
            today, result.DueSoon, result.Overdue, result.CheckIns, result.RemindersSent, result.RemindersFailed);
        return result;
    }

    private bool RepeatDue(Dictionary<(Guid, Guid?), DateOnly> last, (Guid, Guid?) key, DateOnly today) =>
        last.TryGetValue(key, out var sent) && calendar.WorkingDaysBetween(sent, today) >= _options.RepeatOverdueEveryWorkingDays;

    private IEnumerable<Reminder> Remind(PlanItem item, Obligation? obligation, ReminderKind kind, DateOnly due, IReadOnlyCollection<UnitReplica> units) =>
        UnitAssignments.Expand(item.LeadUnits, units).Select(code => new Reminder
        {
            ItemId = item.Id,
            ObligationId = obligation?.Id,
            Kind = kind,
            DueOn = due,
            UnitCode = code,
            Email = units.FirstOrDefault(u => u.Code == code)?.Email,
            SentAt = clock.GetUtcNow().UtcDateTime,
        });

    private async Task QueueAsync(Reminder reminder, PlanItem item, Obligation? obligation, CancellationToken cancellationToken)
    {
        if (reminder.Email is null)
        {
            reminder.Error = $"Đơn vị {reminder.UnitCode} chưa có địa chỉ thư điện tử.";
            return;
        }

        var due = reminder.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var (subject, situation) = reminder.Kind switch
        {
            ReminderKind.DueSoon => ($"[Đôn đốc] Nhiệm vụ {item.Code} sắp đến hạn {due}", $"sắp đến hạn hoàn thành ({due})"),
            ReminderKind.Overdue => ($"[Đôn đốc] Nhiệm vụ {item.Code} đã quá hạn {due}", $"đã quá hạn hoàn thành ({due}) nhưng chưa có báo cáo hoàn thành"),
            ReminderKind.CheckIn => ($"[Đôn đốc] Báo cáo định kỳ nhiệm vụ {item.Code} trước ngày {due}", $"cần báo cáo tiến độ định kỳ hằng quý trước ngày {due}"),
            ReminderKind.ObligationDueSoon => ($"[Đôn đốc] {obligation!.Description} — hạn {due}", $"có việc phải hoàn thành trước {due}: {obligation.Description}"),
            _ => ($"[Đôn đốc] Quá hạn: {obligation!.Description} — hạn {due}", $"đã quá hạn {due}: {obligation.Description}"),
        };
        var body = $"""
            Kính gửi: Trưởng đơn vị {reminder.UnitCode},

            Văn phòng Ban quản lý Khu kinh tế Vân Phong đôn đốc: nhiệm vụ {item.Code} của Kế hoạch kiểm soát thủ tục hành chính {situation}.

            Nội dung: {item.Content}
            Thời gian thực hiện: {item.TimeframeText}
            Kết quả cần đạt: {item.ExpectedResult}

            Đề nghị đơn vị báo cáo tiến độ, kèm minh chứng, trên hệ thống kiểm soát thủ tục hành chính.

            Văn phòng Ban quản lý Khu kinh tế Vân Phong
            """;
        await db.QueueMailAsync(reminder.MailKey, item.Id.ToString(), new EmailMessage(reminder.Email, $"Trưởng đơn vị {reminder.UnitCode}", subject, body), clock, cancellationToken);
    }
}
