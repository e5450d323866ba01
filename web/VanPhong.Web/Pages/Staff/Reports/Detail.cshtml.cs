using Microsoft.AspNetCore.Mvc;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Reports;

/// <summary>One version of a periodic report: KPIs against their targets (as bars), the unit scorecard, the records
/// behind a KPI, freezing (chốt số liệu) and the .docx/.xlsx downloads.</summary>
public sealed class DetailModel(Services services) : StaffPage
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
        return problem is { Status: 401 } ? Challenge() : problem is { Status: 404 } ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostFreezeAsync(CancellationToken ct)
    {
        var result = await services.PostAsync<System.Text.Json.JsonElement>(ResourceNames.ReportingService, $"/api/reports/periodic/{Id}/freeze",
            new { documentNumber = string.IsNullOrWhiteSpace(DocumentNumber) ? null : DocumentNumber }, ct);
        return result.Ok ? Succeeded("Đã chốt số liệu báo cáo.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostDifficultiesAsync(CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/reports/periodic/{Id}/difficulties")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { text = Difficulties }, options: Services.Json),
        };
        var result = await services.SendAsync<System.Text.Json.JsonElement>(ResourceNames.ReportingService, request, ct);
        return result.Ok ? Succeeded("Đã lưu phần khó khăn, vướng mắc và đề xuất, kiến nghị.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    public Task<IActionResult> OnGetDocxAsync(CancellationToken ct) =>
        FileAsync(services.DownloadAsync(ResourceNames.ReportingService, $"/api/reports/periodic/{Id}/report.docx", ct), "bao-cao.docx", ct);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        FileAsync(services.DownloadAsync(ResourceNames.ReportingService, $"/api/reports/periodic/{Id}/report.xlsx", ct), "bao-cao.xlsx", ct);

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await services.GetAsync<PeriodicReport>(ResourceNames.ReportingService, $"/api/reports/periodic/{Id}", ct);
        Report = result.Value;
        if (Report is not null && !string.IsNullOrEmpty(KpiKey))
        {
            Records = (await services.GetAsync<DrillDown>(ResourceNames.ReportingService, $"/api/reports/periodic/{Id}/kpis/{Uri.EscapeDataString(KpiKey)}", ct)).Value;
        }

        return result.Problem;
    }
}
