using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Notifications;

namespace VanPhong.Feedback.Notifications;

/// <summary>
/// Tells the submitter what became of their PAKN, on the channel they chose: the message is written from the office's
/// template (or the default) and queued in the notification outbox in the step's own unit of work, under a key of the
/// case, the notice and the version the step produced — a step retried or an event replayed finds the key and queues
/// nothing, so no notice is sent twice.
/// </summary>
public sealed class SubmitterNotifier(FeedbackDb db, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    /// <param name="extra">The values only the step knows (the lookup key, the reason of a reopening).</param>
    public async Task QueueAsync(FeedbackCase feedback, SubmitterNotice notice, IReadOnlyDictionary<string, string?>? extra, CancellationToken cancellationToken)
    {
        var (channel, recipient) = feedback.NotificationChannel switch
        {
            NotifyBy.Email => (NotificationChannels.Email, feedback.Submitter.Email),
            NotifyBy.Sms => (NotificationChannels.Sms, feedback.Submitter.Phone),
            _ => (null, null),
        };
        if (channel is null || recipient is null || recipient == Submitter.Erased)
        {
            return;
        }

        var text = await TextAsync(notice, channel, cancellationToken);
        var values = Values(feedback, notice, extra);
        // The answer's mail keeps the key it had before notices had templates, so an answer sent then is not sent again.
        var key = $"feedback/{feedback.Id:N}/{(notice == SubmitterNotice.Answered ? "answer" : SubmitterNotices.Slug(notice))}/{feedback.Version}"
            + (channel == NotificationChannels.Sms ? "/sms" : "");
        var template = "feedback." + SubmitterNotices.Slug(notice);
        var now = clock.GetUtcNow().UtcDateTime;
        var body = SubmitterNotices.Render(text.Body, values);
        var row = channel == NotificationChannels.Email
            ? OutgoingMail.Create(key, feedback.Id.ToString(), new EmailMessage(recipient, feedback.Submitter.Name, SubmitterNotices.Render(text.Subject ?? "", values), body), now, template)
            : OutgoingMail.CreateSms(key, feedback.Id.ToString(), new SmsMessage(recipient, body), now, template);
        await db.QueueAsync(row, cancellationToken);
    }

    /// <summary>The office's text for the notice on the channel, or the default.</summary>
    public async Task<NoticeText> TextAsync(SubmitterNotice notice, string channel, CancellationToken cancellationToken)
    {
        var slug = SubmitterNotices.Slug(notice);
        var own = await db.Set<NotificationTemplate>().AsNoTracking().SingleOrDefaultAsync(t => t.Notice == slug && t.Channel == channel, cancellationToken);
        return own is null ? SubmitterNotices.Defaults[(notice, channel)] : new NoticeText(own.Subject, own.Body);
    }

    private Dictionary<string, string?> Values(FeedbackCase feedback, SubmitterNotice notice, IReadOnlyDictionary<string, string?>? extra)
    {
        var agency = options.Value.Agency;
        var values = new Dictionary<string, string?>
        {
            ["ma"] = feedback.TrackingCode,
            ["nguoi_gui"] = AnswerDelivery.Salutation(feedback),
            ["ngay_tiep_nhan"] = Day(feedback.ReceivedOn),
            ["co_quan_xu_ly"] = agency.Name,
            ["dien_thoai"] = agency.Phone,
            ["han_phan_loai"] = Day(feedback.ClassificationDueOn),
            ["han_tra_loi"] = Day(feedback.AnswerDueOn),
            ["han_moi"] = Day(feedback.AnswerDueOn),
            ["ly_do"] = notice == SubmitterNotice.NotAccepted ? feedback.ClassificationReason : null,
            ["co_quan"] = feedback.TransferredTo,
            ["tra_loi"] = feedback.AnswerText,
            ["can_cu"] = feedback.AnswerLegalBasis,
            ["so_van_ban"] = feedback.AnswerNumber,
            ["ngay_cong_khai"] = feedback.PublishedAt is { } published ? Day(VietnamTime.DateOf(new DateTimeOffset(published))) : null,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            values[name] = value;
        }

        return values;
    }

    private static string? Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
