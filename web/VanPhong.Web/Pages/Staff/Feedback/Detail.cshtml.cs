using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Feedback;

/// <summary>
/// One PAKN and the next step of its handling (Decree 20/2008 Art. 13–19): classify, assign, start, draft from a
/// template, approve or return, send, publish with the redaction preview. Each step is the feedback service's own
/// endpoint; the page shows the steps that fit the status and the person's roles.
/// </summary>
public sealed class DetailModel(FeedbackClient feedback, IdentityClient identity) : StaffPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public FeedbackView? Case { get; private set; }

    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    public IReadOnlyList<AnswerTemplate> Templates { get; private set; } = [];

    public RedactionPreview? Preview { get; private set; }

    /// <summary>The version of the case the page showed: a step taken on it is refused if someone changed the case since.</summary>
    [BindProperty]
    public int? SeenVersion { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? TransferredTo { get; set; }

    [BindProperty]
    public string? LeadUnit { get; set; }

    [BindProperty]
    public Guid? TemplateId { get; set; }

    [BindProperty]
    public Dictionary<string, string> Variables { get; set; } = [];

    /// <summary>The template chosen with "Dùng mẫu", whose own variables the page then asks for.</summary>
    public AnswerTemplate? Template { get; private set; }

    /// <summary>What the feedback service fills in itself from the PAKN.</summary>
    public static readonly string[] AutomaticVariables = ["MaTraCuu", "NgayTiepNhan", "NguoiGui", "MaTTHC"];

    public static string VariableLabel(string name) => name switch
    {
        "NoiDungTraLoi" => "Nội dung trả lời",
        "VanBanDeXuat" => "Văn bản đề xuất sửa đổi, bổ sung",
        "CanCuGiaiThich" => "Quy định được giải thích (điều, khoản, văn bản)",
        _ => name,
    };

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? LegalBasis { get; set; }

    [BindProperty]
    public string? PublishedQuestion { get; set; }

    [BindProperty]
    public string? PublishedAnswer { get; set; }

    [BindProperty]
    public string? AnswerNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await LoadAsync(ct);
        return RecordPage(found);
    }

    public Task<IActionResult> OnPostClassifyAsync(CancellationToken ct) =>
        ActAsync("classify", new { outcome = Outcome, reason = Reason, transferredTo = TransferredTo }, "Đã phân loại phản ánh, kiến nghị.", ct);

    public Task<IActionResult> OnPostAssignAsync(CancellationToken ct) =>
        ActAsync("assign", new { leadUnit = LeadUnit }, $"Đã giao {LeadUnit} chủ trì xử lý.", ct);

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) => ActAsync("start", null, "Đơn vị đã bắt đầu xử lý.", ct);

    /// <summary>Step one of drafting from a template: show its text and ask for the values it needs (no script needed).</summary>
    public async Task<IActionResult> OnPostUseTemplateAsync(CancellationToken ct)
    {
        return PageOrSignIn(await LoadAsync(ct));
    }

    public Task<IActionResult> OnPostDraftAsync(CancellationToken ct)
    {
        var fromTemplate = string.IsNullOrWhiteSpace(Answer) && TemplateId is not null;
        return ActAsync("draft", new
        {
            answer = string.IsNullOrWhiteSpace(Answer) ? null : Answer,
            legalBasis = string.IsNullOrWhiteSpace(LegalBasis) ? null : LegalBasis,
            templateId = fromTemplate ? TemplateId : null,
            variables = fromTemplate ? Variables.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary() : null,
        }, "Đã lưu dự thảo trả lời, chờ Lãnh đạo duyệt.", ct);
    }

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        ActAsync("approve", new { publishedQuestion = Blank(PublishedQuestion), publishedAnswer = Blank(PublishedAnswer) }, "Đã duyệt câu trả lời.", ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) => ActAsync("return", new { reason = Reason }, "Đã trả lại dự thảo để đơn vị sửa.", ct);

    public Task<IActionResult> OnPostSendAsync(CancellationToken ct) => ActAsync("send", new { answerNumber = Blank(AnswerNumber) }, "Đã gửi câu trả lời cho người phản ánh.", ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => ActAsync("publish", null, "Đã công khai kết quả trả lời.", ct);

    public Task<IActionResult> OnGetAttachmentAsync(Guid attachmentId, CancellationToken ct) =>
        FileAsync(feedback.DownloadAttachmentAsync(Id, attachmentId, ct), "tep-dinh-kem", ct);

    public Task<IActionResult> OnGetReplyLetterAsync(CancellationToken ct) =>
        FileAsync(feedback.DownloadReplyLetterAsync(Id, ct), "van-ban-tra-loi.docx", ct);

    private async Task<IActionResult> ActAsync(string step, object? body, string done, CancellationToken ct)
    {
        var result = await feedback.TakeStepAsync(Id, step, body ?? new { }, SeenVersion, ct);
        return result.Ok ? Succeeded(done) : await FailedAsync(result.Problem!, () => LoadAsync(ct));
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var found = await feedback.GetCaseAsync(Id, ct);
        Case = found.Value;
        if (Case is null)
        {
            return found.Problem;
        }

        // After a refusal the page shows the case as it is now, and the next step applies to that.
        SeenVersion = Case.Version;
        ModelState.Remove(nameof(SeenVersion));

        if (Case.Status == "Accepted")
        {
            Units = ((await identity.GetUnitsAsync(ct)).Value ?? []).Where(u => u.IsActive).ToList();
        }

        if (Case.Status is "InProgress" or "Assigned")
        {
            Templates = (await feedback.GetAnswerTemplatesAsync(ct)).Value ?? [];

            // Drafting from a template that was refused (a value missing) shows the template's form again.
            if (HttpMethods.IsPost(Request.Method) && TemplateId is not null && string.IsNullOrWhiteSpace(Answer))
            {
                Template = Templates.FirstOrDefault(t => t.Id == TemplateId);
            }
        }

        if (Case.Status is "AnswerDrafted" or "Approved" or "Answered" && (IsOffice || IsLeadership))
        {
            Preview = (await feedback.GetRedactionPreviewAsync(Id, ct)).Value;
        }

        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
