using Microsoft.AspNetCore.Http.HttpResults;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Notifications;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>Gia hạn trả lời: the office moves the answer's due date later, with the reason; the submitter is told.</summary>
public static class ExtendStep
{
    public sealed record Request(string? AnswerDueOn, string? Reason);

    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem, ValidationProblem>> HandleAsync(Guid id, Request request, HttpContext http, FeedbackDb db, SubmitterNotifier notifier, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        var errors = new ValidationErrors();
        if (!DateOnly.TryParseExact(request.AnswerDueOn, ["yyyy-MM-dd", "dd/MM/yyyy"], out var due))
        {
            errors.Add("answerDueOn", "Vui lòng nhập hạn trả lời mới (dd/MM/yyyy hoặc yyyy-MM-dd).");
        }

        var reason = VietnameseText.Clean(request.Reason);
        if (reason is null)
        {
            errors.Set("reason", "Vui lòng nêu lý do gia hạn.");
        }
        else if (reason.Length > 1000)
        {
            errors.Set("reason", "Lý do gia hạn dài quá 1.000 ký tự.");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Gia hạn chưa hợp lệ");
        }

        db.AddEvent(feedback.Extend(due, reason!, CaseAccess.ActorOf(http.User), clock.GetUtcNow()), clock);
        await notifier.QueueAsync(feedback, SubmitterNotice.Extended, new Dictionary<string, string?> { ["ly_do"] = reason }, http.RequestAborted);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
