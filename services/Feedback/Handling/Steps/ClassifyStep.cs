using Microsoft.AspNetCore.Http.HttpResults;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Intake;
using VanPhong.Feedback.Notifications;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>Phân loại (Decree 20/2008 Art. 9): not accepted with its reason, transferred to the competent agency, or within the Board's authority.</summary>
public static class ClassifyStep
{
    public sealed record Request(string? Outcome, string? Reason, string? TransferredTo, string? Category);

    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem, ValidationProblem>> HandleAsync(Guid id, Request request, HttpContext http, FeedbackDb db, SubmitterNotifier notifier, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        var errors = new ValidationErrors();
        ClassificationOutcome? outcome = Enum.TryParse<ClassificationOutcome>(request.Outcome, out var parsed) && !int.TryParse(request.Outcome, out _) ? parsed : null;
        if (outcome is null)
        {
            errors.Add("outcome", "Kết quả phân loại: NotAccepted (không tiếp nhận), Transferred (chuyển cơ quan có thẩm quyền) hoặc WithinAuthority (thuộc thẩm quyền).");
        }

        if (outcome is ClassificationOutcome.NotAccepted && string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add("reason", "Vui lòng nêu lý do không tiếp nhận.");
        }

        if (outcome is ClassificationOutcome.Transferred && string.IsNullOrWhiteSpace(request.TransferredTo))
        {
            errors.Add("transferredTo", "Vui lòng nêu cơ quan có thẩm quyền được chuyển đến.");
        }

        if (request.Category is not null && !FeedbackCategories.All.ContainsKey(request.Category))
        {
            errors.Add("category", "Nội dung phân loại không có trong danh mục (Điều 5 Nghị định 20/2008/NĐ-CP).");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Phân loại chưa hợp lệ");
        }

        db.AddEvent(feedback.Classify(outcome!.Value, request.Category, request.Reason?.Trim(), request.TransferredTo?.Trim(), CaseAccess.ActorOf(http.User), clock.GetUtcNow()), clock);
        var notice = outcome switch
        {
            ClassificationOutcome.NotAccepted => SubmitterNotice.NotAccepted,
            ClassificationOutcome.Transferred => SubmitterNotice.Transferred,
            _ => SubmitterNotice.Accepted,
        };
        await notifier.QueueAsync(feedback, notice, null, http.RequestAborted);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
