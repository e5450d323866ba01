using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Feedback;

/// <summary>Kết quả trả lời đã công khai (Decree 20/2008 Art. 19): searchable, redacted by the feedback service.</summary>
public sealed class AnswersModel(FeedbackClient feedback) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    /// <summary>Only the answers whose PAKN led to this simplification proposal (linked from a procedure's history).</summary>
    [BindProperty(SupportsGet = true, Name = "phuong-an")]
    public Guid? Proposal { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public PublishedPage? Answers { get; private set; }

    public Contact? Contact { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Contact = (await feedback.GetContactAsync(ct)).Value;
        var result = await feedback.GetPublishedAnswersAsync(Q, Category, Proposal, Math.Max(1, PageNumber), ct);
        Answers = result.Value;
        Problem = result.Problem;
    }
}
