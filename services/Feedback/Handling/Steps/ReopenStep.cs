using Microsoft.AspNetCore.Http.HttpResults;
using VanPhong.Feedback.Data;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>Mở lại: the one-stop desk records that the submitter does not agree with the answer.</summary>
public static class ReopenStep
{
    public sealed record Request(string? Reason);

    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem, ValidationProblem>> HandleAsync(Guid id, Request request, HttpContext http, FeedbackDb db, FeedbackReopening reopening, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return CaseAccess.Invalid("Chưa thể mở lại", "reason", "Vui lòng nêu lý do người gửi chưa đồng ý với kết quả.");
        }

        await reopening.ReopenAsync(feedback, CaseAccess.ActorOf(http.User), request.Reason.Trim(), http.RequestAborted);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
