using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Feedback;

/// <summary>
/// Sổ theo dõi phản ánh, kiến nghị: filter by status, unit, category, overdue, words or code; the service filters and
/// pages, the page shows how many match and links through all of them.
/// </summary>
public sealed class IndexModel(FeedbackClient feedback) : StaffPage
{
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "don-vi")]
    public string? UnitFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "qua-han")]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public const int PageSize = 50;

    public IReadOnlyList<FeedbackRow> Rows { get; private set; } = [];

    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    /// <summary>How many PAKN match the filters, on every page.</summary>
    public int Total { get; private set; }

    /// <summary>This list's page <paramref name="page"/>, with the filters as they are.</summary>
    public string Link(int page) => Request.PathBase + "/nghiep-vu/phan-anh" + Query.Of(
        ("trang-thai", Status), ("don-vi", UnitFilter), ("loai", Category), ("qua-han", Overdue ? "true" : null), ("q", Q), ("trang", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var result = await feedback.GetCasesAsync(new FeedbackFilter(Status, UnitFilter, Category, Overdue, Q, PageNumber, PageSize), ct);
        if (SessionExpired(result.Problem))
        {
            return Challenge();
        }

        Categories = (await feedback.GetContactAsync(ct)).Value?.Categories ?? [];
        Rows = result.Value?.Items ?? [];
        Total = result.Value?.Total ?? 0;
        Problem = result.Problem;
        return Page();
    }
}
