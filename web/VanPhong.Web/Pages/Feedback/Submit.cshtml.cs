using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Feedback;

/// <summary>
/// Gửi phản ánh, kiến nghị: the fields Decree 20/2008 Art. 7 requires, up to three attachments, and the receipt.
/// The feedback service decides what is valid; its messages are shown next to the fields they concern.
/// </summary>
[EnableRateLimiting(CitizenPosts.Policy)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
[RequestSizeLimit(MaxUploadBytes)]
public sealed class SubmitModel(FeedbackClient feedback) : PageModel
{
    private const int MaxUploadBytes = 8 * 1024 * 1024;

    [BindProperty]
    public FeedbackForm Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public Contact? Contact { get; private set; }

    public PrivacyNotice? Notice { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public Receipt? Receipt { get; private set; }

    public async Task OnGetAsync(string? thuTuc, CancellationToken ct)
    {
        Input.ProcedureCode = thuTuc;
        await LoadContactAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadContactAsync(ct);
        var request = await Input.ToRequestAsync(Files, ct);
        var result = await feedback.SubmitAsync(request, ct);
        if (result.Ok)
        {
            Receipt = result.Value;
            return Page();
        }

        Problem = result.Problem;
        Response.StatusCode = result.Problem!.Status is 400 or 409 or 422 ? result.Problem.Status : StatusCodes.Status502BadGateway;
        return Page();
    }

    private async Task LoadContactAsync(CancellationToken ct)
    {
        Contact = (await feedback.GetContactAsync(ct)).Value;
        Notice = (await feedback.GetPrivacyNoticeAsync(ct)).Value;
    }
}
