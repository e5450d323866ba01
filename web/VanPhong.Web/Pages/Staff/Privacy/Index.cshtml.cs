using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Privacy;

/// <summary>
/// Yêu cầu của chủ thể dữ liệu (Decree 13/2023): the office, having checked who asks, sees what the Board holds on
/// that person and erases it once their PAKN are ended. Each look-up and erasure is logged under the request's number.
/// </summary>
public sealed class IndexModel(FeedbackClient feedback) : StaffPage
{
    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? TrackingCode { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public SubjectData? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reference) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(TrackingCode))
        {
            return Page();
        }

        var result = await feedback.FindSubjectDataAsync(Reference, Phone, Email, TrackingCode, ct);
        if (!result.Ok)
        {
            return await FailedAsync(result.Problem!, () => Task.CompletedTask);
        }

        Found = result.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        var result = await feedback.EraseSubjectDataAsync(new { reference = Reference, reason = Reason, phone = Phone, email = Email, trackingCode = TrackingCode }, ct);
        return result.Ok
            ? Succeeded(result.Value!.Anonymised.Count == 0
                ? $"Yêu cầu {result.Value.Reference}: dữ liệu cá nhân đã được xóa trước đó."
                : $"Yêu cầu {result.Value.Reference}: đã xóa dữ liệu cá nhân trong {string.Join(", ", result.Value.Anonymised)}.")
            : await FailedAsync(result.Problem!, () => Task.CompletedTask);
    }
}
