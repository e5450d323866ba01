using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Reminders;
using VanPhong.Messaging;
using VanPhong.Security;

namespace VanPhong.Feedback.Handling;

public sealed record DeadlineRun(DateOnly Day, int DueSoon, int Overdue, int Reminders = 0, int Digests = 0, int NotSent = 0);

public sealed record LateRow(Guid Id, string TrackingCode, string Step, DateOnly DueOn, int WorkingDaysLate, string Status, string? LeadUnit, string ResponsibleName);

/// <summary>
/// Theo dõi thời hạn: every working day, raises FeedbackDueSoon for steps due within a few working days and
/// FeedbackOverdue for those past due — once per due date — reminds whoever holds them by mail (once a day, see
/// <see cref="DeadlineReminders"/>), and lists for the office what is late and by whom.
/// </summary>
public sealed class DeadlineWatch(FeedbackDb db, WorkingDayCalendar calendar, IOptions<FeedbackOptions> options, DeadlineReminders reminders, TimeProvider clock)
{
    public async Task<DeadlineRun> RunAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        // The staff list's overdue filter and the late list read the stored due date: put right any a replica of the
        // version before it left stale (one UPDATE; none in steady state).
        await StoredDueDates.RepairAsync(db, cancellationToken);
        var open = await db.Cases.Where(c => c.Status != FeedbackStatus.Closed && c.Status != FeedbackStatus.NotAccepted
            && c.Status != FeedbackStatus.Transferred && c.Status != FeedbackStatus.Published).ToListAsync(cancellationToken);
        int dueSoon = 0, overdue = 0;
        foreach (var feedback in open)
        {
            switch (feedback.DeadlineAlert(today, calendar.WorkingDaysBetween, options.Value.Deadlines.DueSoonWorkingDays))
            {
                case FeedbackOverdue alert:
                    db.AddEvent(alert, clock);
                    overdue++;
                    break;
                case FeedbackDueSoon alert:
                    db.AddEvent(alert, clock);
                    dueSoon++;
                    break;
            }
        }

        var reminded = await reminders.QueueAsync(open, today, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new DeadlineRun(today, dueSoon, overdue, reminded.Reminders, reminded.Digests, reminded.NotSent);
    }

    public async Task<List<LateRow>> LateAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        // Only the late ones, read by the index of the stored due date (FeedbackCase.OverdueQuery), not every open case.
        var open = await db.Cases.AsNoTracking().Where(c => c.Status != FeedbackStatus.Closed && c.Status != FeedbackStatus.NotAccepted
            && c.Status != FeedbackStatus.Transferred && c.Status != FeedbackStatus.Published).Where(FeedbackCase.OverdueQuery(today)).ToListAsync(cancellationToken);
        return open
            .Where(c => c.CurrentDeadline is { } d && today > d.Due)
            .Select(c => new LateRow(
                c.Id,
                c.TrackingCode,
                c.CurrentDeadline!.Value.Step,
                c.CurrentDeadline.Value.Due,
                calendar.WorkingDaysBetween(c.CurrentDeadline.Value.Due, today),
                Transitions.VietnameseNames[c.Status],
                c.LeadUnit,
                // Who holds it: the office until it is assigned (and again for answering and publishing), then the lead unit.
                c.Status is FeedbackStatus.Assigned or FeedbackStatus.InProgress && c.LeadUnit is { } lead ? units.GetValueOrDefault(lead, lead)
                    : c.Status == FeedbackStatus.AnswerDrafted ? "Lãnh đạo Ban (duyệt trả lời)"
                    : units.GetValueOrDefault("VP", "Văn phòng")))
            .OrderByDescending(r => r.WorkingDaysLate)
            .ToList();
    }
}

/// <summary>
/// Runs the deadline watch once a working day at Feedback:DeadlineWatch:RunAt (06:30, Vietnam time) — once across
/// every replica of the service (Feedback:DeadlineWatch:Enabled, on by default).
/// </summary>
public sealed class DeadlineWatchScheduler(IServiceScopeFactory scopes, IConfiguration configuration, WorkingDayCalendar calendar, TimeProvider clock, ILogger<DeadlineWatchScheduler> logger)
    : WorkingDayJob(scopes, calendar, clock, logger)
{
    protected override string Name => "feedback-deadline-watch";

    protected override bool Enabled => configuration.GetValue("Feedback:DeadlineWatch:Enabled", true);

    protected override TimeOnly RunAt => configuration.GetValue("Feedback:DeadlineWatch:RunAt", new TimeOnly(6, 30));

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DeadlineWatch>().RunAsync(cancellationToken);
}

public static class DeadlineApi
{
    public static RouteGroupBuilder MapDeadlines(this RouteGroupBuilder feedback)
    {
        feedback.MapGet("/late", async (DeadlineWatch watch, CancellationToken ct) => TypedResults.Ok(await watch.LateAsync(ct)))
            .WithName("LateFeedback").WithSummary("Phản ánh, kiến nghị quá hạn và đơn vị đang giữ").RequireAuthorization(StaffPolicies.ReadAll);
        feedback.MapPost("/deadlines/run", async (DeadlineWatch watch, CancellationToken ct) => TypedResults.Ok(await watch.RunAsync(ct)))
            .WithName("RunFeedbackDeadlines").RequireAuthorization(StaffPolicies.Office);
        return feedback;
    }
}
