using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>The office links a PAKN to the plan item, procedure or simplification proposal it concerns.</summary>
public static class LinkStep
{
    public sealed record Request(Guid? PlanItemId, string? PlanItemCode, string? ProcedureCode, Guid? SimplificationProposalId);

    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem, ValidationProblem>> HandleAsync(Guid id, Request request, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        if (request.ProcedureCode is not null && !await db.Procedures.AnyAsync(p => p.Code == request.ProcedureCode))
        {
            return CaseAccess.Invalid("Liên kết chưa hợp lệ", "procedureCode", $"Thủ tục {request.ProcedureCode} không có trong danh mục.");
        }

        feedback.PlanItemId = request.PlanItemId ?? feedback.PlanItemId;
        feedback.PlanItemCode = request.PlanItemCode ?? feedback.PlanItemCode;
        feedback.ProcedureCode = request.ProcedureCode ?? feedback.ProcedureCode;
        feedback.SimplificationProposalId = request.SimplificationProposalId ?? feedback.SimplificationProposalId;
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
