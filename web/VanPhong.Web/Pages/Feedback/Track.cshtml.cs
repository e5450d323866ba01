using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Feedback;

/// <summary>
/// Tra cứu: with the tracking code alone, the status and dates; with the private key too, the content, the steps and
/// the answer. The key is posted, never put in an address, so it stays out of logs and browser history.
/// </summary>
[EnableRateLimiting(CitizenPosts.Policy)]
public sealed class TrackModel(Services services) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Code { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public Lookup? Result { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        var code = Code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            Problem = new ApiProblem(400, "Chưa nhập mã tra cứu", null, new Dictionary<string, string[]> { ["code"] = ["Vui lòng nhập mã tra cứu ghi trên giấy biên nhận."] });
            Response.StatusCode = 400;
            return;
        }

        var path = $"/public/feedback/{Uri.EscapeDataString(code)}" + (string.IsNullOrWhiteSpace(Key) ? "" : $"?key={Uri.EscapeDataString(Key.Trim())}");
        var result = await services.GetAsync<Lookup>(ResourceNames.FeedbackService, path, ct);
        Result = result.Value;
        Problem = result.Problem;
        if (Problem is not null)
        {
            Response.StatusCode = Problem.Status;
        }
    }
}
