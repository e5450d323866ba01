using VanPhong.Calendar;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Plan;

/// <summary>Công khai tiến độ: the year's plan as the plan registry publishes it — no narratives or internal notes.</summary>
public sealed class IndexModel(PlansClient plans, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PublicPlanSummary> Plans { get; private set; } = [];

    public PublicPlan? Plan { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        var published = await plans.GetPublishedPlansAsync(ct);
        Plans = published.Value ?? [];
        var thisYear = VietnamTime.Today(clock).Year;
        var chosen = year ?? (Plans.Any(p => p.Year == thisYear) ? thisYear : Plans.Select(p => (int?)p.Year).FirstOrDefault());
        if (chosen is null)
        {
            Problem = published.Problem ?? ApiProblem.NotFound("Chưa có kế hoạch được ban hành");
            return;
        }

        var plan = await plans.GetPublishedPlanAsync(chosen.Value, ct);
        Plan = plan.Value;
        Problem = plan.Problem;
        if (Problem is not null)
        {
            Response.StatusCode = Problem.Status;
        }
    }
}
