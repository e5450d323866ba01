using Microsoft.AspNetCore.Http.HttpResults;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Notifications;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>Công khai (Decree 20/2008 Art. 19): the office publishes the approved, redacted question and answer.</summary>
public static class PublishStep
{
    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem>> HandleAsync(Guid id, HttpContext http, FeedbackDb db, SubmitterNotifier notifier, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        db.AddEvent(feedback.Publish(CaseAccess.ActorOf(http.User), clock.GetUtcNow()), clock);
        await notifier.QueueAsync(feedback, SubmitterNotice.Published, null, http.RequestAborted);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
