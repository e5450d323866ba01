using VanPhong.Calendar;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Reports;

/// <summary>Báo cáo định kỳ: the year's periods with their cut-off dates, generate one (a new version each time), the list.</summary>
public sealed class IndexModel(ReportingClient reporting, TimeProvider clock) : StaffPage
{
    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    /// <summary>The chosen period as "Kind:Number" (e.g. "Quarter:2").</summary>
    [BindProperty]
    public string? Period { get; set; }

    public IReadOnlyList<ReportPeriod> Periods { get; private set; } = [];

    public IReadOnlyList<ReportSummary> Reports { get; private set; } = [];

    public int ShownYear => Year ?? VietnamTime.Today(clock).Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return PageOrSignIn(problem);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var parts = (Period ?? "").Split(':');
        var body = new { kind = parts.ElementAtOrDefault(0), year = ShownYear, number = int.TryParse(parts.ElementAtOrDefault(1), out var n) ? n : (int?)null };
        var result = await reporting.CompileReportAsync(body, ct);
        return result.Ok
            ? Succeeded($"Đã tổng hợp báo cáo {result.Value!.Content.Period.Title}, phiên bản {result.Value.Report.Version}.", $"/nghiep-vu/bao-cao/{result.Value.Report.Id}")
            : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var periods = await reporting.GetPeriodsAsync(ShownYear, ct);
        Periods = periods.Value ?? [];
        Reports = (await reporting.GetReportsAsync(ShownYear, ct)).Value ?? [];
        Problem ??= periods.Problem;
        return periods.Problem;
    }
}
