using Microsoft.AspNetCore.Mvc;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>
/// Quyết định công bố: the decisions recorded (drafts, with what they add, amend and abolish) and applied. The office
/// applies a draft here; recording one (with the full content of each procedure) goes through the API or an import.
/// </summary>
public sealed class DecisionsModel(Services services) : StaffPage(services)
{
    public IReadOnlyList<DecisionView> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return problem is { Status: 401 } ? Challenge() : Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(Guid id, CancellationToken ct)
    {
        var result = await Backend.PostAsync<DecisionView>(ResourceNames.CatalogService, $"/api/procedures/decisions/{id}/apply", null, ct);
        return result.Ok ? Succeeded($"Đã áp dụng quyết định {result.Value!.Number} vào danh mục.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await Backend.GetAsync<List<DecisionView>>(ResourceNames.CatalogService, "/api/procedures/decisions", ct);
        Decisions = result.Value ?? [];
        Problem ??= result.Problem;
        return result.Problem;
    }
}
