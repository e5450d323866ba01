using System.Globalization;
using System.Text.Json;
using VanPhong.Topology;

namespace VanPhong.Web.Backend;

/// <summary>The blank files the dossier imports read: records as CSV or a spreadsheet, or the figures' spreadsheet.</summary>
public enum DossierTemplate
{
    RecordsCsv,
    RecordsXlsx,
    Figures,
}

/// <summary>
/// The reporting service as the pages use it: the published statistics and evaluation results, and the staff's
/// periodic reports, live KPIs, dossier imports and evaluations.
/// </summary>
public sealed class ReportingClient(Services services) : ServiceClient(services, ResourceNames.ReportingService)
{
    private const string Public = RoutePrefixes.PublicReports;

    private const string Staff = RoutePrefixes.Reports;

    public Task<ApiResult<YearStatistics>> GetStatisticsAsync(int year, CancellationToken ct) => GetAsync<YearStatistics>($"{Public}/statistics?year={year}", ct);

    /// <summary>The evaluation results of a quarter, or of the last finished one when none is named.</summary>
    public Task<ApiResult<EvaluationResultView>> GetEvaluationsAsync(int? year, int? quarter, CancellationToken ct) =>
        GetAsync<EvaluationResultView>($"{Public}/evaluations" + (year is null || quarter is null ? "" : $"?year={year}&quarter={quarter}"), ct);

    public Task<ApiResult<List<ReportPeriod>>> GetPeriodsAsync(int year, CancellationToken ct) => GetAsync<List<ReportPeriod>>($"{Staff}/periods?year={year}", ct);

    public Task<ApiResult<List<ReportSummary>>> GetReportsAsync(int year, CancellationToken ct) => GetAsync<List<ReportSummary>>($"{Staff}/periodic?year={year}", ct);

    /// <summary>A periodic report compiled from the figures as they are now (a new version if the period has one).</summary>
    public Task<ApiResult<PeriodicReport>> CompileReportAsync(object period, CancellationToken ct) => PostAsync<PeriodicReport>($"{Staff}/periodic", period, ct);

    /// <summary>The live figures of a period, for the KPI dashboard.</summary>
    public Task<ApiResult<LiveReport>> PreviewAsync(ReportPeriod period, CancellationToken ct) =>
        GetAsync<LiveReport>($"{Staff}/periodic/preview?kind={period.Kind}&year={period.Year}&number={period.Number}", ct);

    public Task<ApiResult<PeriodicReport>> GetReportAsync(Guid id, CancellationToken ct) => GetAsync<PeriodicReport>($"{Staff}/periodic/{id}", ct);

    /// <summary>The records behind one KPI of a report.</summary>
    public Task<ApiResult<DrillDown>> GetKpiRecordsAsync(Guid id, string kpi, CancellationToken ct) => GetAsync<DrillDown>($"{Staff}/periodic/{id}/kpis/{Segment(kpi)}", ct);

    public Task<ApiResult<JsonElement>> FreezeAsync(Guid id, string? documentNumber, CancellationToken ct) =>
        PostAsync<JsonElement>($"{Staff}/periodic/{id}/freeze", new { documentNumber }, ct);

    public Task<ApiResult<JsonElement>> SaveDifficultiesAsync(Guid id, string? text, CancellationToken ct) =>
        SendJsonAsync<JsonElement>(HttpMethod.Put, $"{Staff}/periodic/{id}/difficulties", new { text }, ct);

    /// <param name="format">"docx" or "xlsx".</param>
    public Task<(HttpResponseMessage? Response, ApiProblem? Problem)> DownloadReportAsync(Guid id, string format, CancellationToken ct) =>
        DownloadAsync($"{Staff}/periodic/{id}/report.{format}", ct);

    /// <summary>Dossier records (one row per dossier) from the one-stop system's export.</summary>
    public Task<ApiResult<DossierRecordsImported>> ImportDossierRecordsAsync(FileUpload file, CancellationToken ct) =>
        UploadAsync<DossierRecordsImported>($"{Staff}/dossiers/records/import" + Query.Of(("fileName", Path.GetFileName(file.FileName))), file, ct);

    /// <summary>Dossier figures per procedure for a period.</summary>
    public Task<ApiResult<DossierFiguresImported>> ImportDossierFiguresAsync(DateOnly? from, DateOnly? to, FileUpload file, CancellationToken ct) =>
        UploadAsync<DossierFiguresImported>($"{Staff}/dossiers/import" + Query.Of(
            ("from", from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("fileName", Path.GetFileName(file.FileName))), file, ct);

    public Task<(HttpResponseMessage? Response, ApiProblem? Problem)> DownloadImportTemplateAsync(DossierTemplate template, CancellationToken ct) => DownloadAsync(template switch
    {
        DossierTemplate.RecordsCsv => $"{Staff}/dossiers/records/template.csv",
        DossierTemplate.RecordsXlsx => $"{Staff}/dossiers/records/template.xlsx",
        _ => $"{Staff}/dossiers/template.xlsx",
    }, ct);

    /// <summary>An applicant's evaluation of a dossier (TT 01/2018), the indicators the applicant scores.</summary>
    public Task<ApiResult<JsonElement>> EvaluateDossierAsync(string code, object scores, CancellationToken ct) =>
        SendJsonAsync<JsonElement>(HttpMethod.Put, $"{Staff}/dossiers/records/{Segment(code)}/evaluation", scores, ct);
}
