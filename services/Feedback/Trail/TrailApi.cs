using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Trail;

/// <summary>
/// The staff's view of the trail of one PAKN: the procedure, proposal and plan item it is linked to, and the publication
/// decision that carried the proposal out. The published answer carries the same trail for citizens.
/// </summary>
public static class TrailApi
{
    public sealed record CaseTrail(string TrackingCode, string? ProcedureCode, Guid? PlanItemId, string? PlanItemCode, Guid? SimplificationProposalId, FeedbackTrail? Changes);

    public static RouteGroupBuilder MapTrail(this RouteGroupBuilder feedback)
    {
        feedback.MapGet("/{id:guid}/trail", GetAsync).WithName("GetFeedbackTrail")
            .WithSummary("Từ phản ánh, kiến nghị đến thủ tục được sửa đổi").RequireAuthorization(StaffPolicies.Staff);
        return feedback;
    }

    private static async Task<Results<Ok<CaseTrail>, NotFoundProblem, ForbiddenProblem>> GetAsync(Guid id, HttpContext http, FeedbackDb db, CancellationToken cancellationToken)
    {
        var feedback = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (feedback is null)
        {
            return Problems.NotFound("Không tìm thấy phản ánh, kiến nghị");
        }

        if (!CaseAccess.SeesAll(http.User) && !CaseAccess.Involves(feedback, http.User.UnitCode()))
        {
            return Problems.Forbidden("Không có quyền",
                detail: "Đơn vị chỉ xem được phản ánh, kiến nghị được phân công cho mình.");
        }

        var trails = await ProposalTrails.ForAsync(db, [feedback.SimplificationProposalId], cancellationToken);
        return TypedResults.Ok(new CaseTrail(feedback.TrackingCode, feedback.ProcedureCode, feedback.PlanItemId, feedback.PlanItemCode, feedback.SimplificationProposalId,
            feedback.SimplificationProposalId is { } proposal ? trails.GetValueOrDefault(proposal) : null));
    }
}
