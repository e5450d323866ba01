using Microsoft.AspNetCore.Mvc;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Notifications;

/// <summary>
/// Mẫu thông báo: the office edits what the submitter is told at each step, by e-mail and by SMS, with the variables
/// each notice offers; the feedback service refuses unknown variables and an SMS too long, and the page shows why.
/// </summary>
public sealed class TemplatesModel(Services services) : StaffPage(services)
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
        if (problem is { Status: 401 })
        {
            return Challenge();
        }

        Problem = problem;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Path())
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { subject = Subject, body = Body }, options: Services.Json),
        };
        var result = await Backend.SendAsync<NotificationTemplateView>(ResourceNames.FeedbackService, request, ct);
        return result.Ok ? Succeeded($"Đã lưu mẫu thông báo \"{result.Value?.Name}\" ({ChannelName(Channel)}).") : await FailedAsync(result.Problem!, () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        var result = await Backend.SendAsync<NotificationTemplateView>(ResourceNames.FeedbackService, new HttpRequestMessage(HttpMethod.Delete, Path()), ct);
        return result.Ok ? Succeeded($"Đã dùng lại mẫu mặc định \"{result.Value?.Name}\" ({ChannelName(Channel)}).") : await FailedAsync(result.Problem!, () => LoadAsync(ct));
    }

    /// <summary>Whether the refusal shown is about this form (the others show their saved text).</summary>
    public bool IsEdited(NotificationTemplateView template) => Problem is not null && template.Notice == Notice && template.Channel == Channel;

    public static string ChannelName(string? channel) => channel == "Sms" ? "tin nhắn SMS" : "thư điện tử";

    private string Path() => $"/api/feedback/notification-templates/{Uri.EscapeDataString(Notice ?? "")}/{Uri.EscapeDataString(Channel ?? "")}";

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await Backend.GetAsync<List<NotificationTemplateView>>(ResourceNames.FeedbackService, "/api/feedback/notification-templates", ct);
        Templates = result.Value ?? [];
        return result.Problem;
    }
}
