using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Dossiers;

/// <summary>
/// Nhập phiếu đánh giá: the one-stop desk enters the paper evaluation form of a dossier whose result was returned —
/// the points of indicators 1, 3, 4 and 7 (TT 01/2018 Art. 13, 14.3a). The service checks them against the
/// dossier's own dates.
/// </summary>
public sealed class EvaluateModel(ReportingClient reporting) : StaffPage
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public int? Indicator1 { get; set; }

    [BindProperty]
    public int? Indicator3 { get; set; }

    [BindProperty]
    public int? Indicator4 { get; set; }

    [BindProperty]
    public int? Indicator7 { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var code = Code?.Trim() ?? "";
        var result = await reporting.EvaluateDossierAsync(code, new { indicator1 = Indicator1, indicator3 = Indicator3, indicator4 = Indicator4, indicator7 = Indicator7 }, ct);
        return result.Ok
            ? Succeeded($"Đã ghi phiếu đánh giá của hồ sơ {code}.")
            : await FailedAsync(result.Problem!, () => Task.CompletedTask);
    }
}
