using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Publication;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>Duyệt trả lời: the leadership approves the answer after checking what will be published, redacted.</summary>
public static class ApproveStep
{
    public sealed record Request(string? PublishedQuestion, string? PublishedAnswer);

    public sealed record RedactionPreview(string? Question, IReadOnlyList<string> QuestionRemoved, string? Answer, IReadOnlyList<string> AnswerRemoved);

    public static async Task<Results<Ok<RedactionPreview>, NotFoundProblem>> PreviewAsync(Guid id, FeedbackDb db)
    {
        var feedback = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (feedback is null)
        {
            return CaseAccess.NotFound();
        }

        var question = feedback.ConsentToPublish ? Redactor.Redact(feedback.Content, feedback.Submitter) : null;
        var answer = feedback.AnswerText is null ? null : Redactor.Redact(feedback.AnswerText, feedback.Submitter);
        return TypedResults.Ok(new RedactionPreview(question?.Text, question?.Removed ?? [], answer?.Text, answer?.Removed ?? []));
    }

    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem>> HandleAsync(Guid id, Request? request, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        // The texts to publish are the automatic ones unless edited here, and an edited text is redacted again, so a
        // slip cannot bring personal data back.
        var question = Redactor.Redact(VietnameseText.Clean(request?.PublishedQuestion) ?? feedback.Content, feedback.Submitter).Text;
        var answer = Redactor.Redact(VietnameseText.Clean(request?.PublishedAnswer) ?? feedback.AnswerText ?? "", feedback.Submitter).Text;
        db.AddEvent(feedback.Approve(question, answer, CaseAccess.ActorOf(http.User), clock.GetUtcNow()), clock);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
