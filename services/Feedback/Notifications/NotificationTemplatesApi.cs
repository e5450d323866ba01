using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Notifications;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Notifications;

/// <summary>
/// Mẫu thông báo cho người gửi: the office reads every notice's text on every channel with the variables it offers,
/// edits it (unknown variables and an SMS longer than <see cref="SmsSegments.Max"/> parts are refused, naming what is
/// wrong), and goes back to the default.
/// </summary>
public static class NotificationTemplatesApi
{
    public sealed record TemplateView(string Notice, string Name, string Channel, string? Subject, string Body, bool IsDefault,
        IReadOnlyList<NoticeVariable> Variables, int? SmsSegments, string Preview, DateTime? UpdatedAt, string? UpdatedBy);

    public sealed record TemplateRequest(string? Subject, string? Body);

    public static RouteGroupBuilder MapNotificationTemplates(this RouteGroupBuilder feedback)
    {
        feedback.MapGet("/notification-templates", ListAsync).WithName("ListNotificationTemplates")
            .WithSummary("Mẫu thông báo gửi người phản ánh, kiến nghị").RequireAuthorization(StaffPolicies.Office);
        feedback.MapPut("/notification-templates/{notice}/{channel}", SaveAsync).WithName("SaveNotificationTemplate").RequireAuthorization(StaffPolicies.Office);
        feedback.MapDelete("/notification-templates/{notice}/{channel}", ResetAsync).WithName("ResetNotificationTemplate").RequireAuthorization(StaffPolicies.Office);
        return feedback;
    }

    private static async Task<Ok<List<TemplateView>>> ListAsync(FeedbackDb db, CancellationToken cancellationToken)
    {
        var own = await db.Set<NotificationTemplate>().AsNoTracking().ToDictionaryAsync(t => (t.Notice, t.Channel), cancellationToken);
        return TypedResults.Ok(Enum.GetValues<SubmitterNotice>()
            .SelectMany(n => SubmitterNotices.Channels.Select(c => View(n, c, own.GetValueOrDefault((SubmitterNotices.Slug(n), c)))))
            .ToList());
    }

    private static async Task<Results<Ok<TemplateView>, NotFoundProblem, ValidationProblem>> SaveAsync(string notice, string channel, TemplateRequest request, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        if (Find(notice, channel) is not var (found, ch))
        {
            return NotFound(notice, channel);
        }

        var body = request.Body?.Trim().Replace("\r\n", "\n");
        var subject = ch == NotificationChannels.Email ? request.Subject?.Trim() : null;
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(body))
        {
            errors.Set("body", "Vui lòng nhập nội dung thông báo.");
        }
        else if (body.Length > 5000)
        {
            errors.Set("body", "Nội dung thông báo dài quá 5.000 ký tự.");
        }

        if (ch == NotificationChannels.Email && string.IsNullOrEmpty(subject))
        {
            errors.Set("subject", "Vui lòng nhập tiêu đề thư.");
        }
        else if (subject is { Length: > 300 })
        {
            errors.Set("subject", "Tiêu đề thư dài quá 300 ký tự.");
        }

        var offered = string.Join(", ", SubmitterNotices.Variables[found].Select(v => "{" + v.Name + "}"));
        foreach (var (field, text) in new[] { ("subject", subject), ("body", body) })
        {
            if (SubmitterNotices.Unknown(found, text) is { Count: > 0 } unknown)
            {
                errors.Set(field, $"Biến không có trong thông báo \"{SubmitterNotices.Names[found]}\": {string.Join(", ", unknown.Select(u => "{" + u + "}"))}. Các biến dùng được: {offered}.");
            }
        }

        if (!errors.Has("body") && ch == NotificationChannels.Sms
            && SmsSegments.Count(SubmitterNotices.Render(body!, SubmitterNotices.Samples(found))) is var parts and > SmsSegments.Max)
        {
            errors.Set("body", $"Tin nhắn dài {parts} phần (với giá trị mẫu), quá {SmsSegments.Max} phần cho phép. Tin có dấu tiếng Việt chỉ được 70 ký tự một phần (67 khi ghép); tin không dấu được 160 (153 khi ghép).");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Mẫu thông báo chưa hợp lệ");
        }

        var slug = SubmitterNotices.Slug(found);
        var row = await db.Set<NotificationTemplate>().SingleOrDefaultAsync(t => t.Notice == slug && t.Channel == ch);
        if (row is null)
        {
            row = new NotificationTemplate { Notice = slug, Channel = ch };
            db.Add(row);
        }

        row.Subject = subject;
        row.Body = body!;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = CaseAccess.ActorOf(http.User).Name;
        await db.SaveChangesAsync();
        return TypedResults.Ok(View(found, ch, row));
    }

    private static async Task<Results<Ok<TemplateView>, NotFoundProblem>> ResetAsync(string notice, string channel, FeedbackDb db)
    {
        if (Find(notice, channel) is not var (found, ch))
        {
            return NotFound(notice, channel);
        }

        var slug = SubmitterNotices.Slug(found);
        await db.Set<NotificationTemplate>().Where(t => t.Notice == slug && t.Channel == ch).ExecuteDeleteAsync();
        return TypedResults.Ok(View(found, ch, null));
    }

    private static (SubmitterNotice, string)? Find(string notice, string channel)
    {
        var found = SubmitterNotices.FromSlug(notice);
        var ch = SubmitterNotices.Channels.FirstOrDefault(c => string.Equals(c, channel, StringComparison.OrdinalIgnoreCase));
        return found is null || ch is null ? null : (found.Value, ch);
    }

    private static NotFoundProblem NotFound(string notice, string channel) => Problems.NotFound("Không có mẫu thông báo này",
        detail: $"Không có mẫu thông báo '{notice}' qua kênh '{channel}'. Thông báo: {string.Join(", ", Enum.GetValues<SubmitterNotice>().Select(SubmitterNotices.Slug))}; kênh: Email, Sms.");

    private static TemplateView View(SubmitterNotice notice, string channel, NotificationTemplate? own)
    {
        var text = own is null ? SubmitterNotices.Defaults[(notice, channel)] : new NoticeText(own.Subject, own.Body);
        var preview = SubmitterNotices.Render(text.Body, SubmitterNotices.Samples(notice));
        return new TemplateView(SubmitterNotices.Slug(notice), SubmitterNotices.Names[notice], channel, text.Subject, text.Body, own is null,
            SubmitterNotices.Variables[notice], channel == NotificationChannels.Sms ? SmsSegments.Count(preview) : null, preview, own?.UpdatedAt, own?.UpdatedBy);
    }
}
