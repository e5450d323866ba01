using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>Chi phí tuân thủ TTHC (TT 02/2017): before and after a simplification, per dossier and per year, by the catalog's own formula.</summary>
public sealed class CostModel(CatalogClient catalog) : StaffPage
{
    public sealed class Inputs
    {
        public double ProcessingWorkingDays { get; set; }
        public double PreparationHours { get; set; }
        public double OtherHours { get; set; }
        public long FeesPerDossier { get; set; }
        public long OtherCostsPerDossier { get; set; }
        public int DossiersPerYear { get; set; }
    }

    [BindProperty]
    public Inputs Before { get; set; } = new();

    [BindProperty]
    public Inputs After { get; set; } = new();

    public CostView? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await catalog.ComputeComplianceCostAsync(new { before = Before, after = After }, ct);
        if (!result.Ok)
        {
            return await FailedAsync(result.Problem!, () => Task.CompletedTask);
        }

        Result = result.Value;
        return Page();
    }
}
