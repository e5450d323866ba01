using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Feedback;

/// <summary>
/// Tra cứu: with the tracking code alone, the status and dates; with the private key too, the content, the steps and
/// the answer. The key is posted, never put in an address, so it stays out of logs and browser history.
/// </summary>
[EnableRateLimiting(CitizenPosts.Policy)]
public sealed class TrackModel(FeedbackClient feedback) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public bool? Satisfied { get; set; }

    [BindProperty]
    public int? Score { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public bool Reopen { get; set; }

    public string? Rated { get; private set; }

    public Lookup? Result { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>Đánh giá: satisfied or not, a score, and — when not satisfied — the request to look at it again.</summary>
    public async Task OnPostRateAsync(CancellationToken ct)
    {
        var result = await feedback.RateAsync(Code?.Trim() ?? "", new { key = Key?.Trim(), satisfied = Satisfied, score = Score, comment = Comment, reopen = Reopen }, ct);
        var problem = result.Problem;
        await OnPostAsync(ct);
        if (problem is not null)
        {
            Problem = problem;
            Response.StatusCode = problem.Status;
            return;
        }

        Rated = Reopen && Satisfied == false
            ? "Đã ghi nhận đánh giá và đề nghị xem xét lại của Quý vị; phản ánh, kiến nghị được chuyển xử lý lại."
            : "Cảm ơn Quý vị đã đánh giá kết quả trả lời.";
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        var code = Code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            Problem = ApiProblem.Invalid("Chưa nhập mã tra cứu", "code", "Vui lòng nhập mã tra cứu ghi trên giấy biên nhận.");
            Response.StatusCode = 400;
            return;
        }

        var result = await feedback.LookUpAsync(code, Key, ct);
        Result = result.Value;
        Problem = result.Problem;
        if (Problem is not null)
        {
            Response.StatusCode = Problem.Status;
        }
    }
}
