using Microsoft.AspNetCore.Mvc;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>One procedure: its versions (one per publication decision) and what changed between two of them.</summary>
public sealed class DetailModel(Services services) : StaffPage(services)
{
    [FromRoute]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "tu")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public int? To { get; set; }

    public ProcedureStaffView? Procedure { get; private set; }

    public DiffView? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await Backend.GetAsync<ProcedureStaffView>(ResourceNames.CatalogService, $"/api/procedures/{Uri.EscapeDataString(Code)}", ct);
        if (result.Problem is { Status: 401 })
        {
            return Challenge();
        }

        Procedure = result.Value;
        Problem = result.Problem;
        if (Procedure is { Versions.Count: > 1 })
        {
            var to = To ?? Procedure.Versions.Max(v => v.Number);
            var from = From ?? Procedure.Versions.Where(v => v.Number < to).Select(v => v.Number).DefaultIfEmpty(to).Max();
            var diff = await Backend.GetAsync<DiffView>(ResourceNames.CatalogService, $"/api/procedures/{Uri.EscapeDataString(Code)}/diff?from={from}&to={to}", ct);
            Diff = diff.Value;
            Problem ??= diff.Problem;
        }

        return Page();
    }
}
