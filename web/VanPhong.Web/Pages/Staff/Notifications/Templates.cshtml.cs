using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Notifications;

/// <summary>
/// Mẫu thông báo: the office edits what the submitter is told at each step, by e-mail and by SMS, with the variables
/// each notice offers; the feedback service refuses unknown variables and an SMS too long, and the page shows why.
/// </summary>
public sealed class TemplatesModel(FeedbackClient feedback) : StaffPage
{
    public IReadOnlyList<NotificationTemplateView> Templates { get; private set; } = [];

    [BindProperty]
    public string? Notice { get; set; }

    [BindProperty]
    public string? Channel { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        if (SessionExpired(problem))
        {
            return Challenge();
        }

        Problem = problem;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var result = await feedback.SaveNotificationTemplateAsync(Notice, Channel, Subject, Body, ct);
        return result.Ok ? Succeeded($"Đã lưu mẫu thông báo \"{result.Value?.Name}\" ({ChannelName(Channel)}).") : await FailedAsync(result.Problem!, () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        var result = await feedback.ResetNotificationTemplateAsync(Notice, Channel, ct);
        return result.Ok ? Succeeded($"Đã dùng lại mẫu mặc định \"{result.Value?.Name}\" ({ChannelName(Channel)}).") : await FailedAsync(result.Problem!, () => LoadAsync(ct));
    }

    /// <summary>Whether the refusal shown is about this form (the others show their saved text).</summary>
    public bool IsEdited(NotificationTemplateView template) => Problem is not null && template.Notice == Notice && template.Channel == Channel;

    public static string ChannelName(string? channel) => channel == "Sms" ? "tin nhắn SMS" : "thư điện tử";

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await feedback.GetNotificationTemplatesAsync(ct);
        Templates = result.Value ?? [];
        return result.Problem;
    }
}
