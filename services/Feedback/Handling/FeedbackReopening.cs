using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Messaging;

namespace VanPhong.Feedback.Handling;

/// <summary>The submitter is not satisfied: the PAKN goes back to its lead unit with a new answer deadline.</summary>
public sealed class FeedbackReopening(FeedbackDb db, WorkingDayCalendar calendar, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    public void Reopen(FeedbackCase feedback, Actor by, string reason)
    {
        var due = calendar.AddWorkingDays(VietnamTime.Today(clock), options.Value.Deadlines.AnswerWorkingDays);
        db.AddEvent(feedback.Reopen(reason, due, by, clock.GetUtcNow()), clock);
    }
}
