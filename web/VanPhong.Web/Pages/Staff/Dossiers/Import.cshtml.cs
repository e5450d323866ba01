using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Dossiers;

/// <summary>
/// Nhập hồ sơ TTHC: the office uploads the one-stop system's export, either dossier by dossier (CSV or .xlsx, one row a
/// dossier) or as the aggregate figures of a period (the template's table); a file with mistakes is refused whole and
/// the page lists each row's problem as the reporting service found it.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = 21 * 1024 * 1024)]
[RequestSizeLimit(21 * 1024 * 1024)]
public sealed class ImportModel(ReportingClient reporting) : StaffPage
{
    [BindProperty]
    public IFormFile? RecordsFile { get; set; }

    [BindProperty]
    public IFormFile? FiguresFile { get; set; }

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? To { get; set; }

    /// <summary>Which form the problem belongs to ("records" or "figures"), so its rows are listed under it.</summary>
    public string? ProblemOf { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostRecordsAsync(CancellationToken ct)
    {
        ProblemOf = "records";
        if (RecordsFile is not { Length: > 0 })
        {
            return NoFile();
        }

        var result = await reporting.ImportDossierRecordsAsync(FileUpload.From(RecordsFile), ct);
        return result.Ok
            ? Succeeded($"Đã nhập {result.Value!.Rows} hồ sơ: {result.Value.Added} hồ sơ mới, {result.Value.Updated} hồ sơ cập nhật, {result.Value.Unchanged} hồ sơ không đổi.")
            : await FailedAsync(result.Problem!, () => Task.CompletedTask);
    }

    public async Task<IActionResult> OnPostFiguresAsync(CancellationToken ct)
    {
        ProblemOf = "figures";
        if (FiguresFile is not { Length: > 0 })
        {
            return NoFile();
        }

        var result = await reporting.ImportDossierFiguresAsync(From, To, FileUpload.From(FiguresFile), ct);
        return result.Ok
            ? Succeeded($"Đã nhập số liệu {result.Value!.Rows} thủ tục từ {result.Value.From:dd/MM/yyyy} đến {result.Value.To:dd/MM/yyyy}"
                + (result.Value.Unchanged ? " (không có gì thay đổi)." : $": {result.Value.Added} dòng mới, {result.Value.Replaced} dòng thay thế."))
            : await FailedAsync(result.Problem!, () => Task.CompletedTask);
    }

    public Task<IActionResult> OnGetTemplateAsync(string kind, CancellationToken ct) => kind switch
    {
        "ho-so-csv" => FileAsync(reporting.DownloadImportTemplateAsync(DossierTemplate.RecordsCsv, ct), "mau-ho-so-tthc.csv", ct),
        "ho-so-xlsx" => FileAsync(reporting.DownloadImportTemplateAsync(DossierTemplate.RecordsXlsx, ct), "mau-ho-so-tthc.xlsx", ct),
        _ => FileAsync(reporting.DownloadImportTemplateAsync(DossierTemplate.Figures, ct), "mau-so-lieu-ho-so.xlsx", ct),
    };

    /// <summary>The refused rows in file order: "row 12" before "row 100", the file's own problems first.</summary>
    public IEnumerable<(string Where, string[] Messages)> RowProblems(string form)
    {
        if (Problem is null || ProblemOf != form)
        {
            return [];
        }

        return Problem.Errors
            .OrderBy(e => e.Key == "file" || e.Key == "from" ? 0 : e.Key == "more" ? 2 : 1)
            .ThenBy(e => int.TryParse(e.Key.Replace("row ", "", StringComparison.Ordinal), out var n) ? n : 0)
            .Select(e => (e.Key switch { "file" => "Tệp", "from" => "Kỳ số liệu", "more" => "…", _ => "Dòng " + e.Key.Replace("row ", "", StringComparison.Ordinal) }, e.Value));
    }

    private IActionResult NoFile()
    {
        Problem = ApiProblem.Invalid("Chưa chọn tệp", "file", "Vui lòng chọn tệp .csv hoặc .xlsx xuất từ Hệ thống thông tin giải quyết TTHC.");
        Response.StatusCode = 400;
        return Page();
    }
}
