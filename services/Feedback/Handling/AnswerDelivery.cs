using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Documents;
using VanPhong.Feedback.Data;
using VanPhong.Notifications;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling;

/// <summary>
/// The answer as a reply letter (.docx, administrative layout) for post or the record (Decree 20/2008 Art. 19: "gửi văn
/// bản"); the notice that carries it to the submitter is <see cref="Notifications.SubmitterNotice.Answered"/>.
/// </summary>
public sealed class AnswerDelivery(IOptions<FeedbackOptions> options, TimeProvider clock)
{
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

    internal static string Salutation(FeedbackCase feedback) =>
        feedback.Submitter.Type == SubmitterType.Organisation ? feedback.Submitter.Organisation ?? feedback.Submitter.Name : "Ông/Bà " + feedback.Submitter.Name;

    private static string Recipient(FeedbackCase feedback) => $"{Salutation(feedback)} ({feedback.Submitter.Address})";
}

public static class ReplyLetterApi
{
    public static RouteGroupBuilder MapReplyLetter(this RouteGroupBuilder feedback)
    {
        feedback.MapGet("/{id:guid}/reply-letter.docx", async Task<Results<FileContentHttpResult, NotFoundProblem, ForbiddenProblem, ConflictProblem>> (Guid id, HttpContext http, FeedbackDb db, AnswerDelivery delivery) =>
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
                return Problems.Conflict("Chưa có câu trả lời được duyệt",
                    detail: "Văn bản trả lời chỉ có sau khi Lãnh đạo Ban duyệt câu trả lời.");
            }

            return TypedResults.File(delivery.ReplyLetter(found), WordDocument.ContentType, $"tra-loi-{found.TrackingCode}.docx");
        }).Produces(StatusCodes.Status200OK, contentType: WordDocument.ContentType).WithName("FeedbackReplyLetter").RequireAuthorization(StaffPolicies.Staff);
        return feedback;
    }
}
