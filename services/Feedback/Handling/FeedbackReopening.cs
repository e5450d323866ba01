using System.Security.Claims;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;

namespace VanPhong.Feedback.Handling;

/// <summary>The submitter is not satisfied: the PAKN goes back to its lead unit with a new answer deadline.</summary>
public sealed class FeedbackReopening(FeedbackDb db, WorkingDayCalendar calendar, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    public void Reopen(FeedbackCase feedback, ClaimsPrincipal? by, string reason)
    {
        feedback.ReopenCount++;
        feedback.AnswerDueOn = calendar.AddWorkingDays(VietnamTime.Today(clock), options.Value.Deadlines.AnswerWorkingDays);
        feedback.PublicationDueOn = null;
        feedback.ApprovedBy = null;
        feedback.ApprovedAt = null;
        Transitions.Move(db, feedback, FeedbackStatus.InProgress, by, clock, "Mở lại: " + reason);
    }
}
