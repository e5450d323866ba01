using VanPhong.Calendar;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Plan;

/// <summary>The plan's items: a unit sees its own (lead or coordinating), the office and leadership all, filtered by unit.</summary>
public sealed class IndexModel(PlansClient plans, TimeProvider clock) : StaffPage
{
    [BindProperty(SupportsGet = true, Name = "don-vi")]
    public string? UnitFilter { get; set; }

    public PlanSummary? Plan { get; private set; }

    public IReadOnlyList<ItemView> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var year = VietnamTime.Today(clock).Year;
        Plan = await plans.GetCurrentPlanAsync(year, ct);
        if (Plan is null)
        {
            return Page();
        }

        var unit = IsOffice || IsLeadership ? UnitFilter : Unit;
        var result = await plans.GetItemsAsync(Plan.Id, unit, ct);
        if (SessionExpired(result.Problem))
        {
            return Challenge();
        }

        Items = result.Value ?? [];
        Problem = result.Problem;
        return Page();
    }
}
