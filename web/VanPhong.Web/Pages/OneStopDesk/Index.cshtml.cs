using Microsoft.AspNetCore.Mvc.RazorPages;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.OneStopDesk;

/// <summary>
/// Công khai Bộ phận Một cửa (plan III.5): who is at the desk today, with title, sectors and work phone — the
/// official-duty contact data the plan requires to publish, as the plan registry lists it (current assignments only).
/// </summary>
public sealed class IndexModel(PlansClient plans) : PageModel
{
    public IReadOnlyList<PublicDeskMember> Members { get; private set; } = [];

    public ApiProblem? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await plans.GetDeskMembersAsync(ct);
        Members = result.Value ?? [];
        Problem = result.Problem;
        if (Problem is not null)
        {
            Response.StatusCode = Problem.Status;
        }
    }
}
