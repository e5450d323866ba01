using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>Dự thảo trả lời: the lead unit writes the answer (or fills a template) with its legal basis.</summary>
public static class DraftStep
{
    public sealed record Request(string? Answer, string? LegalBasis, Guid? TemplateId, Dictionary<string, string>? Variables);

    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem, ForbiddenProblem, ValidationProblem>> HandleAsync(Guid id, Request request, HttpContext http, FeedbackDb db, IAuthorizationService authorization, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        if (await CaseAccess.LeadUnitOnlyAsync(http, authorization, feedback) is { } forbidden)
        {
            return forbidden;
        }

        var errors = new ValidationErrors();
        var answer = VietnameseText.Clean(request.Answer);
        var legalBasis = VietnameseText.Clean(request.LegalBasis);
        if (request.TemplateId is { } templateId)
        {
            var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId);
            if (template is null)
            {
                errors.Add("templateId", "Mẫu trả lời không tồn tại.");
            }
            else
            {
                var (text, missing) = AnswerTemplates.Render(template.Body, feedback, request.Variables ?? []);
                if (missing.Count > 0)
                {
                    errors.Add("variables", $"Thiếu giá trị cho: {string.Join(", ", missing)}.");
                }

                answer ??= text;
                legalBasis ??= template.LegalBasis;
            }
        }

        if (answer is null)
        {
            errors.Add("answer", "Vui lòng nhập nội dung trả lời (hoặc chọn mẫu trả lời).");
        }

        if (legalBasis is null)
        {
            errors.Add("legalBasis", "Câu trả lời phải nêu căn cứ pháp lý.");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Dự thảo trả lời chưa hợp lệ");
        }

        db.AddEvent(feedback.DraftAnswer(answer!, legalBasis!, CaseAccess.ActorOf(http.User), clock.GetUtcNow()), clock);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
