using VanPhong.Calendar;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Reports;

/// <summary>
/// Bảng chỉ tiêu: the KPIs of a period as they stand now (not a stored report), drawn as charts — KPIs against
/// their targets, PAKN handling, plan progress by section, dossiers by channel — each with its figures in a table.
/// </summary>
public sealed class KpisModel(ReportingClient reporting, TimeProvider clock) : StaffPage
{
    /// <summary>The period as "Kind:Number"; by default the quarter whose figures are being collected today.</summary>
    [BindProperty(SupportsGet = true, Name = "ky")]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    public IReadOnlyList<ReportPeriod> Periods { get; private set; } = [];

    public LiveReport? Report { get; private set; }

    /// <summary>The period has not reached its cut-off yet.</summary>
    public bool PeriodOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var year = Year ?? today.Year;
        var periods = await reporting.GetPeriodsAsync(year, ct);
        if (SessionExpired(periods.Problem))
        {
            return Challenge();
        }

        Periods = periods.Value ?? [];
        var chosen = Periods.FirstOrDefault(p => $"{p.Kind}:{p.Number}" == Period)
            ?? Periods.Where(p => p.Kind == "Quarter").OrderBy(p => p.To).FirstOrDefault(p => p.To >= today)
            ?? Periods.LastOrDefault(p => p.Kind == "Quarter");
        if (chosen is null)
        {
            Problem = periods.Problem;
            return Page();
        }

        Period = $"{chosen.Kind}:{chosen.Number}";
        Year = chosen.Year;
        var result = await reporting.PreviewAsync(chosen, ct);
        Report = result.Value;
        Problem = result.Problem;
        PeriodOpen = chosen.To >= today;
        return Page();
    }
}
