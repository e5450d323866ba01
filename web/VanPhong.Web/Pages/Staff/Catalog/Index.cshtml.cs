using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>The catalog as staff see it: every procedure with its status and version, and the internal procedures' clocks.</summary>
public sealed class IndexModel(CatalogClient catalog) : StaffPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<ProcedureRow> Procedures { get; private set; } = [];

    public IReadOnlyList<InternalProcedureRow> Internal { get; private set; } = [];

    public IReadOnlyList<ReviewRow> Reviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await catalog.GetProceduresAsync(Q, ct);
        if (SessionExpired(result.Problem))
        {
            return Challenge();
        }

        Procedures = result.Value ?? [];
        Problem = result.Problem;
        Internal = (await catalog.GetInternalProceduresAsync(ct)).Value ?? [];
        Reviews = (await catalog.GetReviewsAsync(ct)).Value ?? [];
        return Page();
    }
}
