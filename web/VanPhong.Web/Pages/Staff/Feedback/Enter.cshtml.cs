using VanPhong.Calendar;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Feedback;

/// <summary>
/// Vào sổ: the one-stop desk or the office enters a PAKN that came by post, phone, e-mail, in person or from the
/// national portal, with the day it was received (the deadlines run from that day). The acceptance rules that a
/// citizen's online submission meets at once are left to classification here, as the decree has it.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = 8 * 1024 * 1024)]
[RequestSizeLimit(8 * 1024 * 1024)]
public sealed class EnterModel(FeedbackClient feedback, TimeProvider clock) : StaffPage
{
    [BindProperty]
    public FeedbackForm Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public string? Channel { get; set; } = "Post";

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    public string? BackdateReason { get; set; }

    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];


    public async Task OnGetAsync(CancellationToken ct)
    {
        ReceivedOn = VietnamTime.Today(clock);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var body = new { feedback = await Input.ToRequestAsync(Files, ct), channel = Channel, receivedOn = ReceivedOn?.ToString("yyyy-MM-dd"), backdateReason = BackdateReason };
        var result = await feedback.EnterAsync(body, ct);
        return result.Ok
            ? Succeeded($"Đã vào sổ phản ánh, kiến nghị mã {result.Value!.TrackingCode} (khóa tra cứu {result.Value.LookupKey}: ghi vào giấy biên nhận gửi người phản ánh).", "/nghiep-vu/phan-anh")
            : await FailedAsync(result.Problem!, () => LoadAsync(ct));
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Categories = (await feedback.GetContactAsync(ct)).Value?.Categories ?? [];
}
