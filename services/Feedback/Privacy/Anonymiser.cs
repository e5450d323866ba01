using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Publication;
using VanPhong.Notifications;

namespace VanPhong.Feedback.Privacy;

/// <summary>
/// Removes a submitter's personal data from ended cases (<see cref="FeedbackCase.Anonymise"/>), together with what
/// holds the same data elsewhere in this service: the attachments and the mails sent to them. One transaction per call.
/// </summary>
public sealed class Anonymiser(FeedbackDb db, TimeProvider clock)
{
    public const string RetentionReason = "Hết thời hạn lưu trữ dữ liệu cá nhân";

    public async Task AnonymiseAsync(IReadOnlyList<FeedbackCase> cases, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ids = cases.Select(c => c.Id).ToList();
        var references = ids.Select(id => id.ToString()).ToList();
        foreach (var feedback in cases)
        {
            feedback.Anonymise(reason, (text, submitter) => Redactor.Redact(text, submitter).Text, now);
        }

        db.Attachments.RemoveRange(await db.Attachments.Where(a => ids.Contains(a.FeedbackId)).ToListAsync(cancellationToken));
        db.Set<OutgoingMail>().RemoveRange(await db.Set<OutgoingMail>().Where(m => references.Contains(m.Reference)).ToListAsync(cancellationToken));
        // A remembered receipt holds the lookup key in clear: it goes with the case's personal data.
        db.Set<VanPhong.Feedback.Intake.IdempotentSubmission>().RemoveRange(
            await db.Set<VanPhong.Feedback.Intake.IdempotentSubmission>().Where(s => ids.Contains(s.FeedbackId)).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The retention policy: every ended case whose retention period is over, in batches. Returns how many.</summary>
    public async Task<int> ApplyRetentionAsync(PrivacyOptions options, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.RetentionAfterEnd;
        var total = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            var due = await db.Cases.Include(c => c.History)
                .Where(c => c.AnonymisedAt == null)
                .Where(c => (c.Status == FeedbackStatus.Closed && c.ClosedAt < before)
                    || ((c.Status == FeedbackStatus.NotAccepted || c.Status == FeedbackStatus.Transferred) && c.ClassifiedAt < before))
                .OrderBy(c => c.ReceivedAt)
                .Take(options.BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return total;
            }

            await AnonymiseAsync(due, RetentionReason, cancellationToken);
            total += due.Count;
        }
    }
}

/// <summary>Applies the retention policy once a working day (Feedback:Privacy), once across the replicas.</summary>
public sealed class RetentionScheduler(IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, WorkingDayCalendar calendar, TimeProvider clock, ILogger<RetentionScheduler> logger)
    : WorkingDayJob(scopes, calendar, clock, logger)
{
    protected override string Name => "feedback-personal-data-retention";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeOnly RunAt => options.Value.RunAt;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var anonymised = await services.GetRequiredService<Anonymiser>().ApplyRetentionAsync(options.Value, cancellationToken);
        logger.LogInformation("Retention: {Count} ended PAKN anonymised", anonymised);
    }
}
