using Microsoft.AspNetCore.Mvc;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Feedback;

/// <summary>Sổ theo dõi phản ánh, kiến nghị: filter by status, unit, overdue, words or code.</summary>
public sealed class IndexModel(Services services) : StaffPage(services)
{
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "don-vi")]
    public string? UnitFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "qua-han")]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<FeedbackRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var query = Query.Of(("status", Status), ("unit", UnitFilter), ("overdue", Overdue ? "true" : null), ("q", Q));
        var result = await Backend.GetAsync<List<FeedbackRow>>(ResourceNames.FeedbackService, "/api/feedback" + query, ct);
        if (result.Problem is { Status: 401 })
        {
            return Challenge();
        }

        Rows = result.Value ?? [];
        Problem = result.Problem;
        return Page();
    }
}
