using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Notifications;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>
/// Gửi trả lời: the approved answer is sent under its number. The notice to the submitter (e-mail or SMS, as they chose)
/// is queued in the same transaction (the notification outbox sends it), so two clicks give one answer, one event and
/// one message, and a crash after the commit still sends it.
/// </summary>
public static class SendStep
{
    public sealed record Request(string? AnswerNumber);

    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem>> HandleAsync(Guid id, Request? request, HttpContext http, FeedbackDb db, SubmitterNotifier notifier, WorkingDayCalendar calendar, IOptions<FeedbackOptions> options, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        var now = clock.GetUtcNow();
        var number = VietnameseText.Clean(request?.AnswerNumber) ?? $"{feedback.TrackingCode}/{options.Value.Agency.NumberSuffix}";
        var publicationDue = calendar.AddWorkingDays(VietnamTime.DateOf(now), options.Value.Deadlines.PublishWorkingDays);
        db.AddEvent(feedback.Send(number, publicationDue, CaseAccess.ActorOf(http.User), now), clock);
        await notifier.QueueAsync(feedback, SubmitterNotice.Answered, null, http.RequestAborted);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
