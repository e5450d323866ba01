using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Plan;

/// <summary>One plan item: its reports and the lead unit's progress report with its evidence (document and file).</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class ItemModel(PlansClient plans) : StaffPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public ItemDetail? Detail { get; private set; }

    [BindProperty]
    public int? Percent { get; set; }

    [BindProperty]
    public bool Completed { get; set; }

    [BindProperty]
    public string? Narrative { get; set; }

    [BindProperty]
    public string? EvidenceNumber { get; set; }

    [BindProperty]
    public DateOnly? EvidenceDate { get; set; }

    [BindProperty]
    public string? EvidenceDescription { get; set; }

    [BindProperty]
    public IFormFile? EvidenceFile { get; set; }

    /// <summary>The office's edit of the item (plan editor): what the plan text says, the units, the timeframe.</summary>
    [BindProperty]
    public ItemWording Edit { get; set; } = new();

    [BindProperty]
    public string? CancelReason { get; set; }

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    [BindProperty]
    public string? DueReason { get; set; }

    public Task<IActionResult> OnPostDueDateAsync(CancellationToken ct) => SendAsync(plans.SetDueDateAsync(Id, new { dueOn = DueOn?.ToString("yyyy-MM-dd"), reason = DueReason }, ct), "Đã đặt hạn cho nhiệm vụ.", ct);

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) => SendAsync(plans.EditItemAsync(Id, new
    {
        content = Edit.Content, timeframe = Edit.Timeframe, leadUnits = Edit.LeadUnits, coordinatingUnits = Edit.CoordinatingUnits ?? "",
        expectedResult = Edit.ExpectedResult ?? "", weight = Edit.Weight,
    }, ct), "Đã cập nhật nhiệm vụ; thời hạn được tính lại theo thời gian thực hiện.", ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        SendAsync(plans.CancelItemAsync(Id, new { reason = CancelReason }, ct), "Đã ghi nhận nhiệm vụ không thực hiện.", ct);

    private async Task<IActionResult> SendAsync(Task<ApiResult<System.Text.Json.JsonElement>> step, string done, CancellationToken ct)
    {
        var result = await step;
        return result.Ok ? Succeeded(done) : await FailedAsync(result.Problem!, () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return RecordPage(problem);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        object? evidence = null;
        if (EvidenceNumber is not null || EvidenceFile is { Length: > 0 } || EvidenceDescription is not null)
        {
            string? content = null;
            if (EvidenceFile is { Length: > 0 })
            {
                using var buffer = new MemoryStream();
                await EvidenceFile.CopyToAsync(buffer, ct);
                content = Convert.ToBase64String(buffer.ToArray());
            }

            evidence = new
            {
                documentNumber = EvidenceNumber,
                documentDate = EvidenceDate?.ToString("yyyy-MM-dd"),
                description = EvidenceDescription,
                fileName = EvidenceFile is { Length: > 0 } ? Path.GetFileName(EvidenceFile.FileName) : null,
                contentBase64 = content,
            };
        }

        var body = new { percent = Completed ? 100 : Percent, status = Completed ? "Completed" : "InProgress", narrative = Narrative, evidence };
        var result = await plans.ReportProgressAsync(Id, body, ct);
        return result.Ok ? Succeeded("Đã ghi nhận báo cáo tiến độ.") : await FailedAsync(result.Problem!, () => LoadAsync(ct));
    }

    public Task<IActionResult> OnGetEvidenceAsync(Guid fileId, CancellationToken ct) =>
        FileAsync(plans.DownloadEvidenceAsync(Id, fileId, ct), "minh-chung", ct);

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await plans.GetItemAsync(Id, ct);
        Detail = result.Value;
        return result.Problem;
    }
}
