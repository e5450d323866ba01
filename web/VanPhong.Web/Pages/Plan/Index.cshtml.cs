using VanPhong.Calendar;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Plan;

/// <summary>Công khai tiến độ: the year's plan as the plan registry publishes it — no narratives or internal notes.</summary>
public sealed class IndexModel(Services services, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PublicPlanSummary> Plans { get; private set; } = [];

    public PublicPlan? Plan { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        var plans = await services.GetAsync<List<PublicPlanSummary>>(ResourceNames.PlansService, "/public/plans", ct);
        Plans = plans.Value ?? [];
        var thisYear = VietnamTime.Today(clock).Year;
        var chosen = year ?? (Plans.Any(p => p.Year == thisYear) ? thisYear : Plans.Select(p => (int?)p.Year).FirstOrDefault());
        if (chosen is null)
        {
            Problem = plans.Problem ?? new ApiProblem(404, "Chưa có kế hoạch được ban hành", null, new Dictionary<string, string[]>());
            return;
        }

        var plan = await services.GetAsync<PublicPlan>(ResourceNames.PlansService, $"/public/plans/{chosen}", ct);
        Plan = plan.Value;
        Problem = plan.Problem;
        if (Problem is not null)
        {
            Response.StatusCode = Problem.Status;
        }
    }
}
