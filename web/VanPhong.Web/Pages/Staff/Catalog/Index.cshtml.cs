using Microsoft.AspNetCore.Mvc;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>The catalog as staff see it: every procedure with its status and version, and the internal procedures' clocks.</summary>
public sealed class IndexModel(Services services) : StaffPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<ProcedureRow> Procedures { get; private set; } = [];

    public IReadOnlyList<InternalProcedureRow> Internal { get; private set; } = [];

    public IReadOnlyList<ReviewRow> Reviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await services.GetAsync<List<ProcedureRow>>(ResourceNames.CatalogService, "/api/procedures" + Query.Of(("q", Q)), ct);
        if (result.Problem is { Status: 401 })
        {
            return Challenge();
        }

        Procedures = result.Value ?? [];
        Problem = result.Problem;
        Internal = (await services.GetAsync<List<InternalProcedureRow>>(ResourceNames.CatalogService, "/api/procedures/internal-procedures", ct)).Value ?? [];
        Reviews = (await services.GetAsync<List<ReviewRow>>(ResourceNames.CatalogService, "/api/procedures/reviews", ct)).Value ?? [];
        return Page();
    }
}
