using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Plan;

/// <summary>Kinh phí: the plan's budget, what was spent and what remains; the office records a spending (for an item or the whole plan).</summary>
public sealed class BudgetModel(PlansClient plans) : StaffPage
{
    [FromRoute]
    public Guid PlanId { get; set; }

    public PlanDetail? Plan { get; private set; }

    public PlanBudget? Budget { get; private set; }

    [BindProperty]
    public Guid? ItemId { get; set; }

    [BindProperty]
    public long? Amount { get; set; }

    [BindProperty]
    public DateOnly? SpentOn { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? DocumentNumber { get; set; }

    /// <summary>The plan's version when the page was drawn: a spending recorded by someone else since is not overwritten unseen.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return RecordPage(problem);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var body = new { itemId = ItemId, amount = Amount, spentOn = SpentOn?.ToString("yyyy-MM-dd"), description = Description, documentNumber = DocumentNumber };
        var result = await plans.RecordSpendingAsync(PlanId, body, Version, ct);
        return result.Ok
            ? Succeeded($"Đã ghi khoản chi {Amount:N0} đồng; kinh phí còn lại {result.Value!.Remaining:N0} đồng.")
            : await FailedAsync(result.Problem!, () => LoadAsync(ct));
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var plan = await plans.GetPlanAsync(PlanId, ct);
        Plan = plan.Value;
        if (plan.Problem is not null)
        {
            return plan.Problem;
        }

        var budget = await plans.GetBudgetAsync(PlanId, ct);
        Budget = budget.Value;
        return budget.Problem;
    }
}
