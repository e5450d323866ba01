using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Notifications;
using VanPhong.Messaging;

namespace VanPhong.Feedback.Handling;

/// <summary>The submitter is not satisfied: the PAKN goes back to its lead unit with a new answer deadline.</summary>
public sealed class FeedbackReopening(FeedbackDb db, WorkingDayCalendar calendar, IOptions<FeedbackOptions> options, SubmitterNotifier notifier, TimeProvider clock)
{
    public async Task ReopenAsync(FeedbackCase feedback, Actor by, string reason, CancellationToken cancellationToken)
    {
        var due = calendar.AddWorkingDays(VietnamTime.Today(clock), options.Value.Deadlines.AnswerWorkingDays);
        db.AddEvent(feedback.Reopen(reason, due, by, clock.GetUtcNow()), clock);
        await notifier.QueueAsync(feedback, SubmitterNotice.Reopened, new Dictionary<string, string?> { ["ly_do"] = reason }, cancellationToken);
    }
}
