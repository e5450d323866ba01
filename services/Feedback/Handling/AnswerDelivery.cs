using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Documents;
using VanPhong.Feedback.Data;
using VanPhong.Notifications;
using VanPhong.Security;

namespace VanPhong.Feedback.Handling;

/// <summary>
/// The answer reaches the submitter: by e-mail through the shared notifier when they gave an address, and as a
/// reply letter (.docx, administrative layout) for post or the record (Decree 20/2008 Art. 19: "gửi văn bản").
/// </summary>
public sealed class AnswerDelivery(IOptions<FeedbackOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Queues the answer's e-mail in the current unit of work when the submitter gave an address (otherwise the reply
    /// letter goes by post). One mail per answer: the key is the case and the version the answer was sent at.
    /// </summary>
    public async Task QueueAnswerMailAsync(FeedbackDb db, FeedbackCase feedback, CancellationToken cancellationToken)
    {
        if (feedback.Submitter.Email is not { } email)
        {
            return;
        }

        var agency = options.Value.Agency;
        var body = $"""
            Kính gửi {Salutation(feedback)},

            {agency.Name} trả lời phản ánh, kiến nghị mã {feedback.TrackingCode} (tiếp nhận ngày {feedback.ReceivedOn:dd/MM/yyyy}) như sau:

            {feedback.AnswerText}

            Căn cứ pháp lý: {feedback.AnswerLegalBasis}

            Văn bản trả lời số {feedback.AnswerNumber}. Quý vị có thể tra cứu và đánh giá mức độ hài lòng tại trang tra cứu phản ánh, kiến nghị bằng mã tra cứu và khóa tra cứu đã được cấp.

            {agency.Name}
            {agency.Address} — Điện thoại {agency.Phone} — {agency.Email}
            """;
        await db.QueueMailAsync($"feedback/{feedback.Id:N}/answer/{feedback.Version}", feedback.Id.ToString(),
            new EmailMessage(email, feedback.Submitter.Name, $"Trả lời phản ánh, kiến nghị {feedback.TrackingCode}", body), clock, cancellationToken);
    }

    public byte[] ReplyLetter(FeedbackCase feedback)
    {
        var agency = options.Value.Agency;
        var answeredOn = feedback.AnsweredAt is { } at ? VietnamTime.DateOf(new DateTimeOffset(at)) : VietnamTime.Today(clock);
        var body = new List<Block>
        {
            new Paragraph($"{agency.Name} nhận được phản ánh, kiến nghị của {Salutation(feedback)} (mã tra cứu {feedback.TrackingCode}, tiếp nhận ngày {feedback.ReceivedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}) với nội dung:"),
            new Paragraph("“" + feedback.Content + "”", Italic: true),
            new Paragraph($"Căn cứ {feedback.AnswerLegalBasis}, {agency.Name} trả lời như sau:"),
            new Paragraph(feedback.AnswerText ?? ""),
            new Paragraph($"{agency.Name} trân trọng cảm ơn sự quan tâm, đóng góp của Quý vị./."),
        };
        var signer = agency.SignerTitle.Split('\n');
        return WordDocument.Write(new OfficialDocument(
            agency.SuperiorAgency,
            agency.Name,
            $"Số: {feedback.AnswerNumber ?? "…/" + agency.NumberSuffix}",
            agency.Place,
            answeredOn,
            body,
            string.Join(" ", signer),
            feedback.ApprovedBy ?? "",
            Summary: "V/v trả lời phản ánh, kiến nghị",
            Recipients: [Recipient(feedback)],
            CopiesTo: ["Như trên", "Lãnh đạo Ban (để b/c)", $"Lưu: VT, VP, {feedback.LeadUnit ?? "VP"}"]));
    }

    private static string Salutation(FeedbackCase feedback) =>
        feedback.Submitter.Type == SubmitterType.Organisation ? feedback.Submitter.Organisation ?? feedback.Submitter.Name : "Ông/Bà " + feedback.Submitter.Name;

    private static string Recipient(FeedbackCase feedback) => $"{Salutation(feedback)} ({feedback.Submitter.Address})";
}

public static class ReplyLetterApi
{
    public static RouteGroupBuilder MapReplyLetter(this RouteGroupBuilder feedback)
    {
        feedback.MapGet("/{id:guid}/reply-letter.docx", async (Guid id, HttpContext http, FeedbackDb db, AnswerDelivery delivery) =>
        {
            var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
            if (found is null)
            {
                return CaseAccess.NotFound();
            }

            if (!CaseAccess.SeesAll(http.User) && !CaseAccess.Involves(found, http.User.UnitCode()))
            {
                return StaffSecurity.Forbidden("Đơn vị chỉ xem được văn bản trả lời phản ánh, kiến nghị được phân công cho mình.");
            }

            if (found.AnswerText is null || found.Status is FeedbackStatus.InProgress or FeedbackStatus.AnswerDrafted)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Chưa có câu trả lời được duyệt",
                    detail: "Văn bản trả lời chỉ có sau khi Lãnh đạo Ban duyệt câu trả lời.");
            }

            return TypedResults.File(delivery.ReplyLetter(found), WordDocument.ContentType, $"tra-loi-{found.TrackingCode}.docx");
        }).WithName("FeedbackReplyLetter").RequireAuthorization(StaffPolicies.Staff);
        return feedback;
    }
}
