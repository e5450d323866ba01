using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Reports;

/// <summary>One version of a periodic report: KPIs against their targets (as bars), the unit scorecard, the records
/// behind a KPI, freezing (chốt số liệu) and the .docx/.xlsx downloads.</summary>
public sealed class DetailModel(ReportingClient reporting) : StaffPage
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "chi-tieu")]
    public string? KpiKey { get; set; }

    [BindProperty]
    public string? DocumentNumber { get; set; }

    /// <summary>Khó khăn, vướng mắc và đề xuất, kiến nghị, as the office writes it before freezing.</summary>
    [BindProperty]
    public string? Difficulties { get; set; }

    public PeriodicReport? Report { get; private set; }

    public DrillDown? Records { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return RecordPage(problem);
    }

    public async Task<IActionResult> OnPostFreezeAsync(CancellationToken ct)
    {
        var result = await reporting.FreezeAsync(Id, string.IsNullOrWhiteSpace(DocumentNumber) ? null : DocumentNumber, ct);
        return result.Ok ? Succeeded("Đã chốt số liệu báo cáo.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostDifficultiesAsync(CancellationToken ct)
    {
        var result = await reporting.SaveDifficultiesAsync(Id, Difficulties, ct);
        return result.Ok ? Succeeded("Đã lưu phần khó khăn, vướng mắc và đề xuất, kiến nghị.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    public Task<IActionResult> OnGetDocxAsync(CancellationToken ct) =>
        FileAsync(reporting.DownloadReportAsync(Id, "docx", ct), "bao-cao.docx", ct);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        FileAsync(reporting.DownloadReportAsync(Id, "xlsx", ct), "bao-cao.xlsx", ct);

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await reporting.GetReportAsync(Id, ct);
        Report = result.Value;
        if (Report is not null && !string.IsNullOrEmpty(KpiKey))
        {
            Records = (await reporting.GetKpiRecordsAsync(Id, KpiKey, ct)).Value;
        }

        return result.Problem;
    }
}
