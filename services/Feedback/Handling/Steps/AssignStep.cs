using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>Phân công: the office gives the PAKN to a lead unit, with coordinating units.</summary>
public static class AssignStep
{
    public sealed record Request(string? LeadUnit, List<string>? CoordinatingUnits);

    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem, ValidationProblem>> HandleAsync(Guid id, Request request, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => u.Code).ToListAsync();
        var errors = new ValidationErrors();
        if (request.LeadUnit is null || !units.Contains(request.LeadUnit))
        {
            errors.Add("leadUnit", $"Đơn vị chủ trì '{request.LeadUnit}' không có trong danh sách đơn vị của Ban.");
        }

        var unknown = (request.CoordinatingUnits ?? []).Where(u => !units.Contains(u)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("coordinatingUnits", $"Đơn vị phối hợp không có trong danh sách đơn vị của Ban: {string.Join(", ", unknown)}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Phân công chưa hợp lệ");
        }

        db.AddEvent(feedback.Assign(request.LeadUnit!, request.CoordinatingUnits ?? [], CaseAccess.ActorOf(http.User), clock.GetUtcNow()), clock);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
