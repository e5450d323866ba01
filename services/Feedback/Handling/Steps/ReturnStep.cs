using Microsoft.AspNetCore.Http.HttpResults;
using VanPhong.Feedback.Data;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>Trả lại dự thảo: the office or the leadership sends the draft back to the lead unit, with the reason.</summary>
public static class ReturnStep
{
    public sealed record Request(string? Reason);

    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem, ValidationProblem>> HandleAsync(Guid id, Request request, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return CaseAccess.Invalid("Chưa thể trả lại dự thảo", "reason", "Vui lòng nêu lý do trả lại dự thảo.");
        }

        db.AddEvent(feedback.ReturnDraft(request.Reason.Trim(), CaseAccess.ActorOf(http.User), clock.GetUtcNow()), clock);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
