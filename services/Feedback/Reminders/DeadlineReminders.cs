using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Notifications;

namespace VanPhong.Feedback.Reminders;

public sealed record ReminderRun(int Reminders, int Digests, int NotSent);

/// <summary>
/// Nhắc hạn xử lý PAKN, as the plan's urging does for its items: on a working day, whoever holds a case whose step is
/// due soon or overdue is reminded by mail to the unit's mailbox — the lead unit while it handles the case, the
/// leadership while the answer waits for approval, the office otherwise — once per day, case and kind (the key says
/// so: a second run the same day queues nothing). The office gets a daily digest, the leadership what waits for its
/// approval. A unit without an address gets its message recorded as not sent, with the reason.
/// </summary>
public sealed class DeadlineReminders(FeedbackDb db, WorkingDayCalendar calendar, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    private const string OfficeKind = UnitKinds.Office;
    private const string LeadershipKind = UnitKinds.Leadership;

    /// <summary>Queues today's reminders and digests in the current unit of work (the deadline watch saves them with its alerts).</summary>
    public async Task<ReminderRun> QueueAsync(IReadOnlyList<FeedbackCase> open, DateOnly today, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var office = units.FirstOrDefault(u => u.Kind == OfficeKind && u.IsActive) ?? units.FirstOrDefault(u => u.Code == "VP");
        var leadership = units.FirstOrDefault(u => u.Kind == LeadershipKind && u.IsActive);
        var soon = options.Value.Deadlines.DueSoonWorkingDays;
        int reminders = 0, digests = 0, notSent = 0;
        var dueSoon = new List<(FeedbackCase Case, DateOnly Due)>();
        var overdue = new List<(FeedbackCase Case, DateOnly Due)>();

        foreach (var feedback in open)
        {
            if (feedback.CurrentDeadline is not { } deadline)
            {
                continue;
            }

            var late = today > deadline.Due;
            if (!late && calendar.WorkingDaysBetween(today, deadline.Due) > soon)
            {
                continue;
            }

            (late ? overdue : dueSoon).Add((feedback, deadline.Due));
            var holder = feedback.Status is FeedbackStatus.Assigned or FeedbackStatus.InProgress && feedback.LeadUnit is { } lead
                ? units.FirstOrDefault(u => u.Code == lead) ?? new KnownUnit { Code = lead, Name = lead }
                : feedback.Status == FeedbackStatus.AnswerDrafted ? leadership : office;
            var kind = late ? "overdue" : "due-soon";
            var days = late ? calendar.WorkingDaysBetween(deadline.Due, today) : calendar.WorkingDaysBetween(today, deadline.Due);
            var subject = late
                ? $"[Nhắc hạn] PAKN {feedback.TrackingCode} đã quá hạn {Day(deadline.Due)}"
                : $"[Nhắc hạn] PAKN {feedback.TrackingCode} sắp đến hạn {Day(deadline.Due)}";
            var body = $"""
                Kính gửi {holder?.Name ?? "đơn vị"},

                Phản ánh, kiến nghị {feedback.TrackingCode} (tiếp nhận ngày {Day(feedback.ReceivedOn)}, tình trạng "{Transitions.VietnameseNames[feedback.Status]}") {(late ? $"đã quá hạn {StepName(deadline.Step)} {days} ngày làm việc (hạn {Day(deadline.Due)})" : $"đến hạn {StepName(deadline.Step)} ngày {Day(deadline.Due)} (còn {days} ngày làm việc)")}.

                Đề nghị đơn vị khẩn trương xử lý theo quy định.

                {options.Value.Agency.Name} — hệ thống theo dõi phản ánh, kiến nghị
                """;
            if (await QueueAsync($"feedback/{feedback.Id:N}/reminder/{kind}/{today:yyyy-MM-dd}", feedback.Id.ToString(), "reminder." + kind, holder, subject, body, cancellationToken) is { } row)
            {
                reminders++;
                notSent += row.FailedAt is null ? 0 : 1;
            }
        }

        var received = open.Where(c => c.Status == FeedbackStatus.Received).ToList();
        var waiting = open.Where(c => c.Status == FeedbackStatus.AnswerDrafted).ToList();
        if (received.Count + dueSoon.Count + overdue.Count + waiting.Count > 0)
        {
            var digest = new StringBuilder($"Tình hình xử lý phản ánh, kiến nghị ngày {Day(today)}:\n");
            Section(digest, "Mới tiếp nhận, chờ phân loại", received.Select(c => (c, c.ClassificationDueOn)));
            Section(digest, "Sắp đến hạn", dueSoon);
            Section(digest, "Quá hạn", overdue);
            Section(digest, "Chờ Lãnh đạo Ban duyệt trả lời", waiting.Select(c => (c, c.AnswerDueOn ?? c.ClassificationDueOn)));
            if (await QueueAsync($"feedback/digest/office/{today:yyyy-MM-dd}", "digest", "digest.office", office,
                    $"[Tổng hợp] Phản ánh, kiến nghị ngày {Day(today)}: {received.Count} mới, {dueSoon.Count} sắp đến hạn, {overdue.Count} quá hạn, {waiting.Count} chờ duyệt",
                    digest.ToString(), cancellationToken) is { } row)
            {
                digests++;
                notSent += row.FailedAt is null ? 0 : 1;
            }
        }

        if (waiting.Count > 0)
        {
            var list = new StringBuilder($"Dự thảo trả lời phản ánh, kiến nghị chờ Lãnh đạo Ban duyệt ngày {Day(today)}:\n");
            Section(list, "Chờ duyệt", waiting.Select(c => (c, c.AnswerDueOn ?? c.ClassificationDueOn)));
            if (await QueueAsync($"feedback/digest/leadership/{today:yyyy-MM-dd}", "digest", "digest.leadership", leadership,
                    $"[Chờ duyệt] {waiting.Count} dự thảo trả lời phản ánh, kiến nghị", list.ToString(), cancellationToken) is { } row)
            {
                digests++;
                notSent += row.FailedAt is null ? 0 : 1;
            }
        }

        return new ReminderRun(reminders, digests, notSent);
    }

    private async Task<OutgoingMail?> QueueAsync(string key, string reference, string template, KnownUnit? to, string subject, string body, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = OutgoingMail.Create(key, reference, new EmailMessage(to?.Email ?? "", to is null ? null : $"Trưởng đơn vị {to.Name}", subject, body), now, template);
        if (to?.Email is null)
        {
            row.NotSent(to is null ? "Không gửi: không xác định được đơn vị nhận" : $"Không gửi: đơn vị {to.Code} chưa có địa chỉ thư điện tử", now);
        }

        return await db.QueueAsync(row, cancellationToken);
    }

    private static void Section(StringBuilder text, string title, IEnumerable<(FeedbackCase Case, DateOnly Due)> cases)
    {
        var rows = cases.OrderBy(c => c.Due).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\n{title}: {rows.Count}\n");
        foreach (var (c, due) in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {c.TrackingCode} — {Transitions.VietnameseNames[c.Status]} — hạn {Day(due)}{(c.LeadUnit is null ? "" : " — " + c.LeadUnit)}\n");
        }
    }

    private static string StepName(string step) => step switch
    {
        "Classify" => "phân loại",
        "Answer" => "trả lời",
        "Publish" => "công khai",
        _ => step,
    };

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
