using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Plans.Data;
using VanPhong.Plans.Model;
using VanPhong.Plans.Progress;
using VanPhong.Persistence;
using VanPhong.Plans.SeedTasks;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.Budget;

/// <summary>Kinh phí: the plan's budget, what was spent (per item or for the plan) and what remains.</summary>
public static class BudgetApi
{
    public sealed record SpendingView(Guid Id, Guid? ItemId, string? ItemCode, long Amount, DateOnly SpentOn, string Description, string? DocumentNumber);

    public sealed record BudgetView(long Budget, long Spent, long Remaining, IReadOnlyList<SpendingView> Entries, int Version);

    public sealed record SpendingRequest(Guid? ItemId, long? Amount, string? SpentOn, string? Description, string? DocumentNumber);

    public static RouteGroupBuilder MapBudget(this RouteGroupBuilder plans)
    {
        plans.MapGet("/{planId:guid}/budget", GetAsync).WithName("GetPlanBudget").RequireAuthorization(StaffPolicies.Staff);
        plans.MapPost("/{planId:guid}/spending", AddAsync).WithName("AddPlanSpending").RequireAuthorization(StaffPolicies.Office);
        return plans;
    }

    private static async Task<Results<Ok<BudgetView>, NotFoundProblem>> GetAsync(Guid planId, PlansDb db)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Spending).Include(p => p.Items).SingleOrDefaultAsync(p => p.Id == planId);
        return plan is null ? Problems.NotFound() : TypedResults.Ok(View(plan));
    }

    private static async Task<Results<Ok<BudgetView>, NotFoundProblem, ValidationProblem>> AddAsync(Guid planId, SpendingRequest request, HttpContext http, PlansDb db)
    {
        var plan = await db.Plans.Include(p => p.Spending).Include(p => p.Items).SingleOrDefaultAsync(p => p.Id == planId);
        if (plan is null)
        {
            return Problems.NotFound();
        }

        StaleWrite.ThrowIfStale(http, plan.Version);

        var errors = new ValidationErrors();
        if (request.Amount is not > 0)
        {
            errors.Add("amount", "Số tiền chi phải lớn hơn 0 (đồng).");
        }

        if (!EvidenceRules.TryParseDate(request.SpentOn, out var spentOn))
        {
            errors.Add("spentOn", $"Ngày chi \"{request.SpentOn}\" không đúng định dạng (dd/MM/yyyy hoặc yyyy-MM-dd).");
        }

        if (string.IsNullOrWhiteSpace(request.Description))
        {
            errors.Add("description", "Vui lòng nêu nội dung chi.");
        }

        if (request.ItemId is { } itemId && plan.Items.All(i => i.Id != itemId))
        {
            errors.Add("itemId", "Nhiệm vụ không thuộc kế hoạch này.");
        }

        if (errors.IsEmpty && plan.Spent + request.Amount > plan.Budget)
        {
            errors.Add("amount", $"Khoản chi vượt kinh phí còn lại ({plan.Budget - plan.Spent:N0} đồng).");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Khoản chi chưa hợp lệ");
        }

        db.Spending.Add(plan.Spend(request.Amount!.Value, spentOn, request.Description!.Trim(), request.DocumentNumber?.Trim(), request.ItemId));
        await db.SaveChangesAsync();
        return TypedResults.Ok(View(plan));
    }

    private static BudgetView View(Plan plan)
    {
        var spent = plan.Spent;
        return new BudgetView(plan.Budget, spent, plan.Budget - spent, plan.Spending.OrderBy(s => s.SpentOn)
            .Select(s => new SpendingView(s.Id, s.ItemId, plan.Items.FirstOrDefault(i => i.Id == s.ItemId)?.Code, s.Amount, s.SpentOn, s.Description, s.DocumentNumber)).ToList(), plan.Version);
    }
}
